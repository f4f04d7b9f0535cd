// SPDX-License-Identifier: GPL-3.0-or-later
#include "script.h"

#include <QCoreApplication>

#include <fstream>
#include <sstream>

namespace enumera {

using json = nlohmann::json;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Script)
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}
} // namespace

std::string Failure::format() const
{
    return file + ':' + std::to_string(line) + ": " + path + ": expected " + expected + ", found " +
           found;
}

Value valueFromJson(const json &j)
{
    if (j.is_number())
        return Value::number(j.get<double>());
    if (j.is_string())
        return Value::text(j.get<std::string>());
    if (j.is_boolean())
        return Value::boolean(j.get<bool>());
    if (j.is_array()) {
        CodeSet codes;
        for (const json &c : j) {
            if (!c.is_number_integer())
                return Value::text(j.dump()); // refused by the question as the wrong type
            codes.push_back(c.get<int>());
        }
        return Value::codes(std::move(codes));
    }
    return Value();
}

json valueToJson(const Value &v)
{
    switch (v.kind()) {
    case Value::Kind::Missing:
        return nullptr;
    case Value::Kind::Bool:
        return v.asBool();
    case Value::Kind::Number: {
        const double n = v.asNumber();
        if (n == double(static_cast<long long>(n)) && std::abs(n) < 1e15)
            return static_cast<long long>(n);
        return n;
    }
    case Value::Kind::Special:
        return v.specialCode();
    case Value::Kind::Text:
        return v.asText();
    case Value::Kind::Codes:
        return v.asCodes();
    case Value::Kind::Date:
        return v.asDate().iso();
    }
    return nullptr;
}

Result<Script> parseScript(const std::string &file, const std::string &text)
{
    Script script;
    script.file = file;
    std::istringstream in(text);
    std::string lineText;
    int line = 0;
    auto fail = [&](const QString &message) {
        return Error{file + ':' + std::to_string(line) + ": " + message.toStdString()};
    };
    while (std::getline(in, lineText)) {
        ++line;
        if (!lineText.empty() && lineText.back() == '\r')
            lineText.pop_back();
        const size_t first = lineText.find_first_not_of(" \t");
        if (first == std::string::npos || lineText[first] == '#')
            continue;
        json j;
        try {
            j = json::parse(lineText);
        } catch (const json::parse_error &e) {
            // "[json.exception.parse_error.101] parse error at line 1, column 12: syntax ...":
            // the line is the script's, the column is given apart.
            std::string what = e.what();
            if (auto colon = what.find(": ", what.find("parse error")); colon != std::string::npos)
                what = what.substr(colon + 2);
            return fail(Tr::tr("column %1: not valid JSON: %2")
                            .arg(e.byte)
                            .arg(QString::fromStdString(what)));
        }
        if (!j.is_object())
            return fail(Tr::tr("each line must be one JSON object"));
        Step step;
        step.line = line;
        auto pathOf = [&](const char *key) -> bool {
            if (!j[key].is_string())
                return false;
            step.path = j[key].get<std::string>();
            return true;
        };
        auto only = [&](std::initializer_list<const char *> keys) -> std::optional<Error> {
            for (auto it = j.begin(); it != j.end(); ++it) {
                bool known = false;
                for (const char *k : keys)
                    known = known || it.key() == k;
                if (!known)
                    return fail(Tr::tr("unknown key '%1' in this step").arg(q(it.key())));
            }
            return std::nullopt;
        };
        std::optional<Error> bad;
        if (j.contains("answer")) {
            step.kind = Step::Kind::Answer;
            bad = only({"answer", "value"});
            if (!pathOf("answer") || !j.contains("value"))
                return fail(Tr::tr("an answer step is {\"answer\": PATH, \"value\": VALUE}"));
            step.value = j["value"];
        } else if (j.contains("clear")) {
            step.kind = Step::Kind::Clear;
            bad = only({"clear"});
            if (!pathOf("clear"))
                return fail(Tr::tr("a clear step is {\"clear\": PATH}"));
        } else if (j.contains("toggle")) {
            step.kind = Step::Kind::Toggle;
            bad = only({"toggle", "option", "selected"});
            if (!pathOf("toggle") || !j.contains("option") || !j["option"].is_number_integer())
                return fail(Tr::tr("a toggle step is {\"toggle\": PATH, \"option\": CODE, "
                                   "\"selected\": true|false}"));
            step.value = j["option"];
            step.selected = j.value("selected", true);
        } else if (j.contains("add_row")) {
            step.kind = Step::Kind::AddRow;
            bad = only({"add_row"});
            if (!pathOf("add_row"))
                return fail(Tr::tr("an add_row step is {\"add_row\": ROSTER_PATH}"));
        } else if (j.contains("remove_row")) {
            step.kind = Step::Kind::RemoveRow;
            bad = only({"remove_row"});
            if (!pathOf("remove_row"))
                return fail(Tr::tr("a remove_row step is {\"remove_row\": ROW_PATH}"));
        } else if (j.contains("confirm")) {
            step.kind = Step::Kind::Confirm;
            bad = only({"confirm", "reason"});
            if (!pathOf("confirm") || !j.contains("reason") || !j["reason"].is_string())
                return fail(Tr::tr("a confirm step is {\"confirm\": PATH, \"reason\": TEXT}"));
            step.text = j["reason"].get<std::string>();
        } else if (j.contains("language")) {
            step.kind = Step::Kind::Language;
            bad = only({"language"});
            if (!j["language"].is_string())
                return fail(Tr::tr("a language step is {\"language\": CODE}"));
            step.text = j["language"].get<std::string>();
        } else if (j.contains("complete")) {
            step.kind = Step::Kind::Complete;
            bad = only({"complete"});
            if (!j["complete"].is_boolean() || !j["complete"].get<bool>())
                return fail(Tr::tr("a complete step is {\"complete\": true}"));
        } else if (j.contains("expect")) {
            step.kind = Step::Kind::Expect;
            bad = only({"expect"});
            if (!j["expect"].is_object())
                return fail(Tr::tr("an expect step is {\"expect\": {...}}"));
            static const char *const known[] = {"relevant", "not_relevant", "value", "outcome",
                                                "text",     "complete",     "rows"};
            for (auto it = j["expect"].begin(); it != j["expect"].end(); ++it) {
                bool ok = false;
                for (const char *k : known)
                    ok = ok || it.key() == k;
                if (!ok)
                    return fail(Tr::tr("unknown expectation '%1'; the expectations are relevant, "
                                       "not_relevant, value, outcome, text, complete and rows")
                                    .arg(q(it.key())));
            }
            step.value = j["expect"];
        } else {
            return fail(Tr::tr("unknown step: a step has one of answer, clear, toggle, add_row, "
                               "remove_row, confirm, language, complete or expect"));
        }
        if (bad)
            return *bad;
        script.steps.push_back(std::move(step));
    }
    return script;
}

Result<Script> readScript(const std::string &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return Error{file + ": " + Tr::tr("cannot read the file").toStdString()};
    std::ostringstream text;
    text << in.rdbuf();
    return parseScript(file, text.str());
}

namespace {

Status refusal(const SetResult &r)
{
    if (r.stored())
        return {};
    return Error{r.message};
}

// Steps applied to the engine alone.
class InterviewTarget : public StepTarget
{
public:
    explicit InterviewTarget(Interview &interview)
        : m_interview(interview)
    {}
    const Interview &interview() const override { return m_interview; }
    Status answer(const Instance &question, const Value &value) override
    {
        return refusal(m_interview.setAnswer(question, value));
    }
    Status toggle(const Instance &question, int code, bool selected) override
    {
        return refusal(m_interview.toggleOption(question, code, selected));
    }
    Status addRow(const Instance &roster) override
    {
        Result<const Row *> r = m_interview.addRow(roster);
        return r ? Status() : Status(Error{r.error()});
    }
    Status removeRow(const Row &row) override { return m_interview.removeRow(row); }
    Status confirm(const Instance &question, const std::string &reason) override
    {
        return m_interview.confirmWarnings(question, reason);
    }
    Status language(int language) override
    {
        m_interview.setLanguage(language);
        return {};
    }
    Status complete() override
    {
        if (const std::string refusal = m_interview.completeness().refusal(); !refusal.empty())
            return Error{refusal};
        return {};
    }

private:
    Interview &m_interview;
};

} // namespace

Status applyStep(Interview &interview, const Step &step)
{
    InterviewTarget target(interview);
    return applyStep(target, step);
}

Status applyStep(StepTarget &target, const Step &step)
{
    const Interview &interview = target.interview();
    auto instance = [&]() {
        return interview.resolve(step.path);
    };
    switch (step.kind) {
    case Step::Kind::Answer: {
        Result<Instance> i = instance();
        if (!i)
            return Error{i.error()};
        if (step.value.is_null())
            return Error{Tr::tr("null is not a value; use {\"clear\": PATH}").toStdString()};
        return target.answer(*i, valueFromJson(step.value));
    }
    case Step::Kind::Clear: {
        Result<Instance> i = instance();
        if (!i)
            return Error{i.error()};
        return target.answer(*i, Value());
    }
    case Step::Kind::Toggle: {
        Result<Instance> i = instance();
        if (!i)
            return Error{i.error()};
        return target.toggle(*i, step.value.get<int>(), step.selected);
    }
    case Step::Kind::AddRow: {
        Result<Instance> i = instance();
        if (!i)
            return Error{i.error()};
        return target.addRow(*i);
    }
    case Step::Kind::RemoveRow: {
        Result<const Row *> r = interview.resolveRow(step.path);
        if (!r)
            return Error{r.error()};
        return target.removeRow(**r);
    }
    case Step::Kind::Confirm: {
        Result<Instance> i = instance();
        if (!i)
            return Error{i.error()};
        return target.confirm(*i, step.text);
    }
    case Step::Kind::Language: {
        const int language = interview.form().languageIndex(step.text);
        if (language < 0)
            return Error{Tr::tr("the form has no language '%1'").arg(q(step.text)).toStdString()};
        return target.language(language);
    }
    case Step::Kind::Complete:
        return target.complete();
    case Step::Kind::Expect:
        return {};
    }
    return {};
}

namespace {

std::string shown(const json &j)
{
    return j.dump();
}

} // namespace

void checkExpectations(const Interview &interview, const Script &script, const Step &step,
                       Tally &tally)
{
    const json &e = step.value;
    auto failed = [&](const std::string &path, const std::string &expected,
                      const std::string &found) {
        tally.failures.push_back({script.file, step.line, path, expected, found});
    };
    auto passed = [&]() {
        ++tally.passed;
    };

    for (const char *key : {"relevant", "not_relevant"}) {
        if (!e.contains(key))
            continue;
        const bool want = std::string_view(key) == "relevant";
        if (!e[key].is_array()) {
            failed(key, Tr::tr("a list of paths").toStdString(), shown(e[key]));
            continue;
        }
        for (const json &p : e[key]) {
            const std::string path = p.is_string() ? p.get<std::string>() : p.dump();
            bool missingRow = false;
            Result<Instance> i = interview.resolve(path, &missingRow);
            bool relevant = false;
            if (!i) {
                // A row that does not exist is certainly not asked; anything else is an error
                // in the scenario.
                if (want || !missingRow) {
                    failed(path, want ? "relevant" : "not relevant", i.error());
                    continue;
                }
            } else {
                relevant = interview.isRelevant(*i);
            }
            if (relevant == want)
                passed();
            else
                failed(path, want ? "relevant" : "not relevant",
                       relevant ? "relevant" : "not relevant");
        }
    }
    if (e.contains("value") && e["value"].is_object()) {
        for (auto it = e["value"].begin(); it != e["value"].end(); ++it) {
            Result<Instance> i = interview.resolve(it.key());
            if (!i) {
                failed(it.key(), shown(it.value()), i.error());
                continue;
            }
            const json found = valueToJson(interview.effectiveValue(*i));
            const json wanted = valueToJson(valueFromJson(it.value()));
            if (found == wanted)
                passed();
            else
                failed(it.key(), shown(wanted), shown(found));
        }
    }
    if (e.contains("outcome") && e["outcome"].is_object()) {
        for (auto it = e["outcome"].begin(); it != e["outcome"].end(); ++it) {
            Result<Instance> i = interview.resolve(it.key());
            if (!i) {
                failed(it.key(), shown(it.value()), i.error());
                continue;
            }
            const Outcome o = interview.state(*i).outcome;
            const std::string found = o == Outcome::Ok        ? "ok"
                                      : o == Outcome::Warning ? "warning"
                                                              : "error";
            const std::string wanted =
                it.value().is_string() ? it.value().get<std::string>() : it.value().dump();
            if (found == wanted)
                passed();
            else
                failed(it.key(), wanted, found);
        }
    }
    if (e.contains("text") && e["text"].is_object()) {
        for (auto it = e["text"].begin(); it != e["text"].end(); ++it) {
            Result<Instance> i = interview.resolve(it.key());
            if (!i) {
                failed(it.key(), shown(it.value()), i.error());
                continue;
            }
            const json found = interview.label(*i);
            if (found == it.value())
                passed();
            else
                failed(it.key(), shown(it.value()), shown(found));
        }
    }
    if (e.contains("rows") && e["rows"].is_object()) {
        for (auto it = e["rows"].begin(); it != e["rows"].end(); ++it) {
            Result<Instance> i = interview.resolve(it.key());
            if (!i || interview.form().item(i->item).kind != ItemKind::Roster) {
                failed(it.key(), shown(it.value()), i ? "not a roster" : i.error());
                continue;
            }
            const json found = interview.relevantRowCount(*i);
            if (found == it.value())
                passed();
            else
                failed(it.key(), shown(it.value()), shown(found));
        }
    }
    if (e.contains("complete")) {
        const Completeness c = interview.completeness();
        const bool found = c.complete();
        if (e["complete"].is_boolean() && e["complete"].get<bool>() == found) {
            passed();
        } else {
            std::string detail = found ? "complete" : "not complete";
            if (!found) {
                auto first = [&](const std::vector<Instance> &list, const char *what) {
                    if (!list.empty())
                        detail += std::string(" (") + std::to_string(list.size()) + ' ' + what +
                                  ", first " + interview.pathOf(list.front()) + ')';
                };
                first(c.unanswered, "unanswered");
                first(c.errors, "with errors");
                first(c.warnings, "with unconfirmed warnings");
            }
            failed("complete", e["complete"].dump(), detail);
        }
    }
}

void runScenario(const std::shared_ptr<const Form> &form, const Script &script, Tally &tally)
{
    Interview interview(form);
    for (const Step &step : script.steps) {
        if (step.kind == Step::Kind::Expect) {
            checkExpectations(interview, script, step, tally);
            continue;
        }
        Status s = applyStep(interview, step);
        if (!s) {
            tally.failures.push_back({script.file, step.line, step.path,
                                      Tr::tr("the step to apply").toStdString(), s.error()});
            return;
        }
    }
}

} // namespace enumera
