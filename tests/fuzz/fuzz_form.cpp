// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: any bytes as a form file, with one module beside it. Loading must never crash or
// hang; a form that loads must also survive an interview: answering its first questions,
// adding rows, reading every text.
#include "form/formloader.h"
#include "interview/interview.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace enumera;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    const std::string module = R"({"module": "m", "sections": [{"section": "ms", "title": "M",
        "items": [{"name": "mq", "type": "integer", "label": "MQ {mq}"}]}]})";
    const LoadResult r = FormLoader::loadSources({{"form.json", text}, {"m.json", module}});
    if (!r.form)
        return 0;
    Interview interview(r.form);
    int budget = 200;
    interview.forEachInstance([&](const Instance &i) {
        const Item &item = r.form->item(i.item);
        interview.label(i);
        interview.hint(i);
        if (item.kind == ItemKind::Roster && interview.isRelevant(i))
            interview.addRow(i);
        else if (item.isAsked() && interview.isRelevant(i))
            interview.setAnswer(i, item.type == QuestionType::Text ? Value::text("x")
                                                                   : Value::number(1));
        return --budget > 0;
    });
    interview.completeness();
    return 0;
}
