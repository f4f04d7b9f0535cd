// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebook.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <map>

namespace enumera {

namespace {

const std::string noName;

// A text in every language of the form; a missing translation is given in the default
// language, as the enumerator saw it.
void writeText(JsonWriter &out, const Form &form, const Text &text)
{
    out.beginObject();
    for (size_t language = 0; language < form.languages.size(); ++language) {
        const TextTemplate *t = text.in(int(language), form.defaultLanguage);
        out.member(form.languages[language], t ? std::string_view(t->source) : "");
    }
    out.endObject();
}

const char *typeName(QuestionType type)
{
    switch (type) {
    case QuestionType::Single:
        return "single";
    case QuestionType::Multiple:
        return "multiple";
    case QuestionType::Integer:
        return "integer";
    case QuestionType::Decimal:
        return "decimal";
    case QuestionType::Text:
        return "text";
    case QuestionType::Date:
        return "date";
    case QuestionType::Note:
        return "note";
    case QuestionType::Calculated:
        return "calculated";
    }
    return "text";
}

const char *valueTypeName(Type type)
{
    switch (type) {
    case Type::Bool:
        return "boolean";
    case Type::Number:
        return "number";
    case Type::Text:
        return "text";
    case Type::Codes:
        return "codes";
    case Type::Date:
        return "date";
    }
    return "number";
}

const char *rosterKindName(RosterKind kind)
{
    switch (kind) {
    case RosterKind::Grown:
        return "grown";
    case RosterKind::Sized:
        return "sized";
    case RosterKind::Fixed:
        return "fixed";
    }
    return "grown";
}

// The innermost item of `kind` around `item`, or NoItem.
ItemId enclosing(const Form &form, const Item &item, ItemKind kind)
{
    for (ItemId id = item.parent; id != NoItem; id = form.item(id).parent)
        if (form.item(id).kind == kind)
            return id;
    return NoItem;
}

void memberOrNull(JsonWriter &out, std::string_view name, const std::string &value)
{
    out.key(name);
    if (value.empty())
        out.null();
    else
        out.string(value);
}

// The expressions of calculations as the designer wrote them, read back from the form's files.
class Sources
{
public:
    explicit Sources(const Form &form)
        : m_form(form)
    {}

    std::string at(int file, const std::string &pointer)
    {
        auto it = m_parsed.find(file);
        if (it == m_parsed.end()) {
            nlohmann::json parsed;
            if (file >= 0 && size_t(file) < m_form.sources.size())
                parsed = nlohmann::json::parse(m_form.sources[size_t(file)].text, nullptr, false);
            it = m_parsed.emplace(file, std::move(parsed)).first;
        }
        const nlohmann::json &root = it->second;
        if (root.is_discarded() || root.is_null())
            return {};
        const nlohmann::json::json_pointer where(pointer);
        if (!root.contains(where) || !root.at(where).is_string())
            return {};
        return root.at(where).get<std::string>();
    }

private:
    const Form &m_form;
    std::map<int, nlohmann::json> m_parsed;
};

void writeRoster(JsonWriter &out, const Form &form, const Item &roster)
{
    out.beginObject();
    out.member("name", roster.name);
    memberOrNull(out, "parent", rosterOf(form, roster));
    if (roster.label.isSet()) {
        out.key("title");
        writeText(out, form, roster.label);
    }
    out.member("kind", rosterKindName(roster.rosterKind));
    if (roster.rosterKind == RosterKind::Sized)
        out.member("size_question", form.item(roster.sizeQuestion).name);
    if (roster.rosterKind == RosterKind::Fixed) {
        out.key("fixed_rows");
        out.beginArray();
        for (const Text &row : roster.fixedRows)
            writeText(out, form, row);
        out.endArray();
    }
    if (roster.maxRows > 0)
        out.member("max_rows", roster.maxRows);
    if (roster.rowLabel != NoItem)
        out.member("row_label", form.item(roster.rowLabel).name);
    out.endObject();
}

void writeVariable(JsonWriter &out, const Form &form, const Item &question, Sources &sources)
{
    out.beginObject();
    out.member("name", question.name);
    out.member("type", typeName(question.type));
    if (question.type == QuestionType::Calculated)
        out.member("value_type", valueTypeName(question.valueType));
    memberOrNull(out, "roster", rosterOf(form, question));
    const ItemId section = enclosing(form, question, ItemKind::Section);
    memberOrNull(out, "section", section == NoItem ? noName : form.item(section).name);
    if (const ItemId grid = enclosing(form, question, ItemKind::Grid); grid != NoItem)
        out.member("grid", form.item(grid).name);
    if (question.label.isSet()) {
        out.key("label");
        writeText(out, form, question.label);
    }
    if (question.type == QuestionType::Calculated) {
        out.member("calculation", sources.at(question.file, question.pointer + "/calculate"));
    } else {
        out.member("required", question.required);
    }
    if (const OptionSet *set = form.options(question)) {
        out.member("option_set", set->name);
        out.key("options");
        out.beginArray();
        for (const Option &option : set->options) {
            out.beginObject();
            out.member("code", option.code);
            out.member("code_text", codeText(form, question, option.code));
            out.key("label");
            writeText(out, form, option.label);
            if (option.exclusive)
                out.member("exclusive", true);
            out.endObject();
        }
        out.endArray();
    }
    if (!question.specialCodes.empty()) {
        out.key("special_codes");
        out.beginArray();
        for (const SpecialCodeDef &special : question.specialCodes) {
            out.beginObject();
            out.member("code", special.code);
            out.key("label");
            writeText(out, form, special.label);
            out.endObject();
        }
        out.endArray();
    }
    if (question.min || question.max) {
        out.key("range");
        out.beginObject();
        if (question.min) {
            out.key("min");
            out.number(*question.min);
        }
        if (question.max) {
            out.key("max");
            out.number(*question.max);
        }
        out.endObject();
    }
    if (question.specifyOf != NoItem) {
        out.key("specify_of");
        out.beginObject();
        out.member("question", form.item(question.specifyOf).name);
        out.member("option", question.specifyCode);
        out.endObject();
    }
    out.endObject();
}

} // namespace

const std::string &rosterOf(const Form &form, const Item &item)
{
    const ItemId roster = form.scopes[size_t(item.scope)].roster;
    return roster == NoItem ? noName : form.item(roster).name;
}

std::string codeText(const Form &form, const Item &question, int code)
{
    const OptionSet *set = form.options(question);
    std::string digits = std::to_string(std::abs(code));
    if (set && int(digits.size()) < set->codeDigits)
        digits.insert(0, size_t(set->codeDigits) - digits.size(), '0');
    return code < 0 ? "-" + digits : digits;
}

void writeCodebook(JsonWriter &out, const Form &form, const std::string &hash)
{
    out.beginObject();
    out.member("id", form.id);
    out.member("version", form.version);
    out.member("hash", hash);
    out.key("title");
    writeText(out, form, form.title);
    out.key("languages");
    out.beginArray();
    for (const std::string &language : form.languages)
        out.string(language);
    out.endArray();
    out.member("default_language", form.languages[size_t(form.defaultLanguage)]);

    out.key("rosters");
    out.beginArray();
    for (ItemId id : form.documentOrder)
        if (form.item(id).kind == ItemKind::Roster)
            writeRoster(out, form, form.item(id));
    out.endArray();

    Sources sources(form);
    out.key("variables");
    out.beginArray();
    for (ItemId id : form.documentOrder)
        if (form.item(id).hasValue())
            writeVariable(out, form, form.item(id), sources);
    out.endArray();
    out.endObject();
}

} // namespace enumera
