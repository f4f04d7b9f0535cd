// SPDX-License-Identifier: GPL-3.0-or-later
#include "statejson.h"

#include "script.h"

namespace enumera {

using json = nlohmann::json;

nlohmann::json interviewState(const Interview &interview)
{
    const Form &form = interview.form();
    json questions = json::array();
    json rosters = json::array();
    interview.forEachInstance([&](const Instance &i) {
        const Item &item = form.item(i.item);
        if (item.kind == ItemKind::Roster) {
            json rows = json::array();
            for (const auto &row : interview.rows(i))
                rows.push_back({{"path", interview.pathOf(*row)},
                                {"relevant", row->relevant},
                                {"title", interview.rowTitle(*row)}});
            rosters.push_back({{"path", interview.pathOf(i)},
                               {"relevant", interview.isRelevant(i)},
                               {"rows", std::move(rows)}});
            return true;
        }
        if (!item.isQuestion())
            return true;
        const QuestionState s = interview.state(i);
        json q = {{"path", interview.pathOf(i)},
                  {"relevant", s.relevant},
                  {"value", valueToJson(interview.effectiveValue(i))},
                  {"outcome", outcomeName(s.outcome)},
                  {"text", interview.label(i)}};
        if (!s.relevant && interview.answer(i).isKnown())
            q["kept"] = valueToJson(interview.answer(i));
        if (!s.failingErrors.empty() || !s.failingWarnings.empty() ||
            s.outcome == Outcome::OutOfRange) {
            json messages = json::array();
            if (s.outcome == Outcome::OutOfRange)
                messages.push_back(interview.rangeMessage(i));
            for (int v : s.failingErrors)
                messages.push_back(interview.validationMessage(i, v));
            for (int v : s.failingWarnings)
                messages.push_back(interview.validationMessage(i, v));
            q["messages"] = std::move(messages);
        }
        if (s.confirmed && !s.failingWarnings.empty()) {
            q["confirmed"] = true;
            q["reason"] = interview.confirmationReason(i);
        }
        questions.push_back(std::move(q));
        return true;
    });
    const Completeness c = interview.completeness();
    auto paths = [&](const std::vector<Instance> &list) {
        json out = json::array();
        for (const Instance &i : list)
            out.push_back(interview.pathOf(i));
        return out;
    };
    return {{"form", form.id},
            {"version", form.version},
            {"language", form.languages[size_t(interview.language())]},
            {"questions", std::move(questions)},
            {"rosters", std::move(rosters)},
            {"complete", c.complete()},
            {"completeness",
             {{"unanswered", paths(c.unanswered)},
              {"errors", paths(c.errors)},
              {"warnings", paths(c.warnings)}}}};
}

} // namespace enumera
