// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: any bytes as an expression, compiled as a calculation, a relevance condition and
// a substitution in a form with every kind of question and a nested roster, then evaluated
// before and after answers are given.
#include "form/formloader.h"
#include "interview/interview.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

using namespace enumera;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string expression(reinterpret_cast<const char *>(data), size);
    nlohmann::json form = nlohmann::json::parse(R"({"form": "f", "version": "1", "title": "F",
      "languages": ["en"], "constants": {"k": 15},
      "option_sets": {"yn": [{"code": 1, "label": "Yes"}, {"code": 0, "label": "No"}]},
      "sections": [{"section": "s", "title": "S", "items": [
        {"name": "a", "type": "integer", "label": "a",
         "special_codes": [{"code": 77, "label": "DK"}], "range": {"min": 0, "max": 10}},
        {"name": "t", "type": "text", "label": "t"},
        {"name": "d", "type": "date", "label": "d"},
        {"name": "c", "type": "single", "label": "c", "options": "yn"},
        {"name": "m", "type": "multiple", "label": "m", "options": "yn"},
        {"roster": "r", "title": "r", "items": [
          {"name": "v", "type": "decimal", "label": "v"},
          {"roster": "rr", "title": "rr", "items": [{"name": "w", "type": "integer", "label": "w"}]}]},
        {"name": "x", "type": "calculated", "calculate": ""},
        {"name": "y", "type": "text", "label": "", "relevant": ""}]}]})",
                                                nullptr, false);
    auto &items = form["sections"][0]["items"];
    items[6]["calculate"] = expression;
    items[7]["relevant"] = expression;
    items[7]["label"] = "value: {" + expression + "}";
    std::string text;
    try {
        text = form.dump();
    } catch (const nlohmann::json::exception &) {
        return 0; // not UTF-8: no form file can hold it
    }
    const LoadResult r = FormLoader::loadSources({{"form.json", text}});
    if (!r.form)
        return 0;
    Interview interview(r.form);
    const Form &f = *r.form;
    auto top = [&](const char *name) {
        return interview.top(f.find(name));
    };
    interview.label(top("y"));
    interview.setAnswer(top("a"), Value::number(77));
    interview.setAnswer(top("t"), Value::text("é"));
    interview.setAnswer(top("d"), Value::text("2024-02-29"));
    interview.setAnswer(top("c"), Value::number(1));
    interview.setAnswer(top("m"), Value::codes({0, 1}));
    for (int i = 0; i < 2; ++i) {
        Result<const Row *> row = interview.addRow(top("r"));
        if (!row)
            break;
        interview.setAnswer(interview.at(**row, f.find("v")), Value::number(2.5 * i));
        if (Result<const Row *> inner = interview.addRow(interview.at(**row, f.find("rr"))))
            interview.setAnswer(interview.at(**inner, f.find("w")), Value::number(i));
    }
    interview.label(top("y"));
    interview.effectiveValue(top("x"));
    if (const Row *first =
            interview.resolveRow("r[1]").ok() ? *interview.resolveRow("r[1]") : nullptr)
        interview.removeRow(*first);
    interview.label(top("y"));
    return 0;
}
