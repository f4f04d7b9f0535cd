// SPDX-License-Identifier: GPL-3.0-or-later
#include "formloader.h"

#include "compiler.h"
#include "graphbuilder.h"
#include "jsonlocator.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace enumera {

using json = nlohmann::json;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FormLoader)
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string escapeToken(const std::string &key)
{
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

// A JSON element and where it is.
struct At
{
    const json *value = nullptr;
    int file = 0;
    std::string pointer;

    const json &operator*() const { return *value; }
    const json *operator->() const { return value; }
    bool has(const char *key) const { return value->is_object() && value->contains(key); }
    // A missing key or index reads as null (never through json's unchecked operator[]).
    At operator[](const char *key) const
    {
        const json *child = &null();
        if (value->is_object())
            if (auto it = value->find(key); it != value->end())
                child = &*it;
        return {child, file, pointer + '/' + escapeToken(key)};
    }
    At operator[](size_t index) const
    {
        const json *child = value->is_array() && index < value->size() ? &(*value)[index] : &null();
        return {child, file, pointer + '/' + std::to_string(index)};
    }
    static const json &null()
    {
        static const json n;
        return n;
    }
};

size_t editDistance(const std::string &a, const std::string &b)
{
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string closest(const std::string &word, const std::vector<std::string> &candidates)
{
    std::string best;
    size_t bestDistance = 3;
    for (const std::string &c : candidates) {
        const size_t d = editDistance(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

// A whole number that fits the engine's codes and counts (|n| < 10^9).
bool isSmallInteger(const json &j)
{
    return j.is_number_integer() && j.get<int64_t>() > -1000000000 && j.get<int64_t>() < 1000000000;
}

bool isName(const std::string &s)
{
    if (s.empty() || s.size() > 64)
        return false;
    if (!(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_'))
        return false;
    for (char c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_'))
            return false;
    static const std::set<std::string> reserved{"and", "or", "not", "in", "true", "false"};
    return !reserved.count(s);
}

enum class TextField { Label, Hint, Instruction, RowTitle, ValidationMessage };

struct PendingExpression
{
    enum class Use { Relevance, Validation, Calculation, Skip, RosterSize };
    Use use = Use::Relevance;
    ItemId item = NoItem;
    int index = 0; // validations: which one; skips: which one
    std::string source;
    int file = 0;
    std::string pointer;
};

struct PendingText
{
    ItemId item = NoItem;
    TextField field = TextField::Label;
    int index = 0; // validation messages: which validation
    int language = 0;
    int file = 0;
    std::string pointer;
};

struct PendingSkip
{
    ItemId source = NoItem;
    ExprId condition = NoExpr; // filled when compiled
    std::string conditionText;
    std::string target;
    int file = 0;
    std::string pointer;
};

struct PendingName
{
    enum class Use { OptionSet, SpecialCode, SizeQuestion, RowLabel };
    Use use = Use::OptionSet;
    ItemId item = NoItem;
    std::string name;
    int file = 0;
    std::string pointer;
    json value; // special codes: the list as written
};

struct Place
{
    int file = 0;
    std::string pointer;
};

class Loader
{
public:
    Loader(const FormLoader::ReadFile &read)
        : m_read(read)
        , m_form(std::make_shared<Form>())
    {}

    LoadResult run(const std::string &path);

private:
    // reading
    std::optional<At> readDocument(const std::string &path, const At *includedFrom);
    void readHeader(const At &doc);
    void readDefinitions(const At &doc, bool module);
    void readSections(const At &sections, ItemId parent, ScopeId scope,
                      const std::vector<PendingExpression> &inherited);
    void readItems(const At &items, ItemId parent, ScopeId scope);
    void readItem(const At &at, ItemId parent, ScopeId scope);
    ItemId readSection(const At &at, ItemId parent, ScopeId scope);
    void readRoster(const At &at, ItemId parent, ScopeId scope);
    void readGrid(const At &at, ItemId parent, ScopeId scope);
    ItemId readQuestion(const At &at, ItemId parent, ScopeId scope, const Item *grid);
    void readInclude(const At &at, ItemId parent, ScopeId scope);
    void readValidations(const At &at, ItemId item);
    std::vector<Option> readOptions(const At &at, const std::string &owner);
    std::optional<SpecialCodeDef> readSpecialCode(const At &at, const std::string &owner);

    // helpers
    bool checkKeys(const At &at, const std::string &what, std::vector<std::string> allowed,
                   std::vector<std::string> required = {});
    std::optional<std::string> string(const At &at, const char *key, const std::string &owner,
                                      bool required);
    std::optional<bool> boolean(const At &at, const char *key, const std::string &owner);
    std::vector<std::string> notes(const At &at, const std::string &owner);
    Text text(const At &at, const std::string &owner, ItemId item, TextField field, int index,
              bool substitutions);
    void textInto(const At &at, const char *key, Text &out, const std::string &owner, ItemId item,
                  TextField field, int index = 0, bool required = false);
    ItemId newItem(ItemKind kind, const std::string &name, ItemId parent, ScopeId scope,
                   const At &at);
    void relevance(const At &at, ItemId item, const std::vector<PendingExpression> &inherited);
    std::string fileName(int file) const { return m_form->sources[size_t(file)].name; }
    void error(const At &at, const QString &message);
    void error(int file, const std::string &pointer, const QString &message);
    void warning(int file, const std::string &pointer, const QString &message);
    std::string describe(const Item &item) const;

    // checking
    void resolveNames();
    void resolveSpecialCodes();
    void computeDocumentOrder();
    void compileExpressions();
    bool ensureCalculation(ItemId id);
    void compileTexts();
    void compileSkips();
    std::vector<ItemId> skippedItems(ItemId source, ItemId target, const PendingSkip &skip);
    void checkTranslations();
    void checkValidationsCanFire();

    const FormLoader::ReadFile &m_read;
    std::shared_ptr<Form> m_form;
    Diagnostics m_diagnostics;
    std::deque<json> m_documents; // kept alive while reading
    std::vector<std::string> m_includeStack;

    std::unordered_map<std::string, Value> m_constants;
    std::unordered_map<std::string, Place> m_definitionPlaces; // constants, sets, special codes
    std::unordered_map<std::string, int> m_optionSetByName;
    std::unordered_map<std::string, SpecialCodeDef> m_specialCodeByName;
    std::unordered_map<std::string, Place> m_itemPlaces;

    std::vector<PendingExpression> m_expressions;
    std::vector<PendingText> m_texts;
    std::vector<PendingSkip> m_skips;
    std::vector<PendingName> m_names;
    std::vector<uint8_t> m_calculationState; // 0 not yet, 1 compiling, 2 done, 3 failed
    std::vector<ItemId> m_calculating;       // the calculations being compiled, outermost first
    std::vector<int> m_orderIndex;
};

// ---------------------------------------------------------------------------------------------
// Diagnostics helpers

void Loader::error(const At &at, const QString &message)
{
    error(at.file, at.pointer, message);
}

void Loader::error(int file, const std::string &pointer, const QString &message)
{
    m_diagnostics.error(fileName(file), pointer, message.toStdString());
}

void Loader::warning(int file, const std::string &pointer, const QString &message)
{
    m_diagnostics.warning(fileName(file), pointer, message.toStdString());
}

std::string Loader::describe(const Item &item) const
{
    switch (item.kind) {
    case ItemKind::Section:
        return Tr::tr("section '%1'").arg(q(item.name)).toStdString();
    case ItemKind::Roster:
        return Tr::tr("roster '%1'").arg(q(item.name)).toStdString();
    case ItemKind::Grid:
        return Tr::tr("grid '%1'").arg(q(item.name)).toStdString();
    case ItemKind::Question:
        break;
    }
    return "'" + item.name + "'";
}

bool Loader::checkKeys(const At &at, const std::string &what, std::vector<std::string> allowed,
                       std::vector<std::string> required)
{
    if (!at->is_object()) {
        error(at, Tr::tr("%1 must be a JSON object").arg(q(what)));
        return false;
    }
    bool ok = true;
    for (auto it = at->begin(); it != at->end(); ++it) {
        if (std::find(allowed.begin(), allowed.end(), it.key()) != allowed.end())
            continue;
        const std::string suggestion = closest(it.key(), allowed);
        const std::string where = at.pointer + '/' + escapeToken(it.key());
        if (suggestion.empty())
            error(at.file, where, Tr::tr("unknown key '%1' in %2").arg(q(it.key()), q(what)));
        else
            error(at.file, where,
                  Tr::tr("unknown key '%1' in %2; did you mean '%3'?")
                      .arg(q(it.key()), q(what), q(suggestion)));
        ok = false;
    }
    for (const std::string &key : required) {
        if (!at->contains(key)) {
            error(at, Tr::tr("%1 has no '%2'").arg(q(what), q(key)));
            ok = false;
        }
    }
    return ok;
}

std::optional<std::string> Loader::string(const At &at, const char *key, const std::string &owner,
                                          bool required)
{
    if (!at.has(key)) {
        if (required)
            error(at, Tr::tr("%1 has no '%2'").arg(q(owner), key));
        return std::nullopt;
    }
    const At v = at[key];
    if (!v->is_string()) {
        error(v, Tr::tr("'%1' of %2 must be a text").arg(key, q(owner)));
        return std::nullopt;
    }
    return v->get<std::string>();
}

std::optional<bool> Loader::boolean(const At &at, const char *key, const std::string &owner)
{
    if (!at.has(key))
        return std::nullopt;
    const At v = at[key];
    if (!v->is_boolean()) {
        error(v, Tr::tr("'%1' of %2 must be true or false").arg(key, q(owner)));
        return std::nullopt;
    }
    return v->get<bool>();
}

std::vector<std::string> Loader::notes(const At &at, const std::string &owner)
{
    std::vector<std::string> out;
    if (!at.has("notes"))
        return out;
    const At v = at["notes"];
    if (v->is_string())
        return {v->get<std::string>()};
    if (!v->is_array()) {
        error(v, Tr::tr("'notes' of %1 must be a text or a list of texts").arg(q(owner)));
        return out;
    }
    for (size_t i = 0; i < v->size(); ++i) {
        if (!v[i]->is_string())
            error(v[i], Tr::tr("'notes' of %1 must be a text or a list of texts").arg(q(owner)));
        else
            out.push_back(v[i]->get<std::string>());
    }
    return out;
}

Text Loader::text(const At &at, const std::string &owner, ItemId item, TextField field, int index,
                  bool substitutions)
{
    Text out;
    out.byLanguage.resize(m_form->languages.size());
    auto put = [&](int language, const At &v) {
        if (!v->is_string()) {
            error(v, Tr::tr("a text of %1 must be a string").arg(q(owner)));
            return;
        }
        TextTemplate t;
        t.source = v->get<std::string>();
        if (substitutions && item != NoItem && t.source.find_first_of("{}") != std::string::npos)
            m_texts.push_back({item, field, index, language, v.file, v.pointer});
        else
            t.segments.push_back({t.source, NoExpr});
        out.byLanguage[size_t(language)] = std::move(t);
    };
    if (at->is_string()) {
        put(m_form->defaultLanguage, at);
    } else if (at->is_object()) {
        for (auto it = at->begin(); it != at->end(); ++it) {
            const int language = m_form->languageIndex(it.key());
            const At v = at[it.key().c_str()];
            if (language < 0) {
                error(v, Tr::tr("%1 has a text in language '%2', which the form does not "
                                "declare in 'languages'")
                             .arg(q(owner), q(it.key())));
                continue;
            }
            put(language, v);
        }
    } else {
        error(at, Tr::tr("a text of %1 must be a string or an object of texts by language")
                      .arg(q(owner)));
    }
    return out;
}

void Loader::textInto(const At &at, const char *key, Text &out, const std::string &owner,
                      ItemId item, TextField field, int index, bool required)
{
    if (!at.has(key)) {
        if (required)
            error(at, Tr::tr("%1 has no '%2'").arg(q(owner), key));
        return;
    }
    out = text(at[key], owner, item, field, index, true);
}

ItemId Loader::newItem(ItemKind kind, const std::string &name, ItemId parent, ScopeId scope,
                       const At &at)
{
    Item item;
    item.id = ItemId(m_form->items.size());
    item.kind = kind;
    item.name = name;
    item.parent = parent;
    item.scope = scope;
    item.file = at.file;
    item.pointer = at.pointer;
    Scope &s = m_form->scopes[size_t(scope)];
    item.slot = int(s.members.size());
    s.members.push_back(item.id);
    if (!isName(name)) {
        error(at, Tr::tr("'%1' is not a valid name: use letters, digits and '_', starting with a "
                         "letter, at most 64 characters, and not a word of the expression "
                         "language")
                      .arg(q(name)));
    } else if (auto it = m_itemPlaces.find(name);
               it != m_itemPlaces.end() || m_definitionPlaces.count(name)) {
        const Place &first = it != m_itemPlaces.end() ? it->second : m_definitionPlaces[name];
        error(at, Tr::tr("the name '%1' is used twice: here and at %2 %3")
                      .arg(q(name), q(fileName(first.file)),
                           q(first.pointer.empty() ? "/" : first.pointer)));
    } else {
        m_itemPlaces[name] = {at.file, at.pointer};
        m_form->byName[name] = item.id;
    }
    if (parent != NoItem)
        m_form->items[size_t(parent)].children.push_back(item.id);
    m_form->items.push_back(std::move(item));
    return ItemId(m_form->items.size() - 1);
}

void Loader::relevance(const At &at, ItemId item, const std::vector<PendingExpression> &inherited)
{
    for (PendingExpression p : inherited) {
        p.item = item;
        m_expressions.push_back(std::move(p));
    }
    if (!at.has("relevant"))
        return;
    const At v = at["relevant"];
    if (!v->is_string()) {
        error(v, Tr::tr("'relevant' of %1 must be an expression written as a text")
                     .arg(q(describe(m_form->items[size_t(item)]))));
        return;
    }
    m_expressions.push_back(
        {PendingExpression::Use::Relevance, item, 0, v->get<std::string>(), v.file, v.pointer});
}

// ---------------------------------------------------------------------------------------------
// Reading

std::optional<At> Loader::readDocument(const std::string &path, const At *includedFrom)
{
    std::string readError;
    std::optional<std::string> text = m_read(path, readError);
    if (!text) {
        if (includedFrom)
            error(*includedFrom,
                  Tr::tr("cannot read the included file '%1': %2").arg(q(path), q(readError)));
        else
            m_diagnostics.error(path, "",
                                Tr::tr("cannot read the form: %1").arg(q(readError)).toStdString());
        return std::nullopt;
    }
    const int file = int(m_form->sources.size());
    m_form->sources.push_back({path, *text});
    json doc;
    try {
        doc = json::parse(*text);
    } catch (const json::parse_error &e) {
        std::string what = e.what();
        // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error ..."
        if (auto colon = what.find(": ", what.find("parse error")); colon != std::string::npos)
            what = what.substr(colon + 2);
        Diagnostic d;
        d.file = path;
        d.message = Tr::tr("the file is not valid JSON: %1").arg(q(what)).toStdString();
        // The parser stops after the token it could not use: point at the token's start.
        size_t offset = e.byte > 0 ? std::min(e.byte - 1, text->size()) : 0;
        if (offset < text->size() && (*text)[offset] == '"' && offset > 0) {
            size_t start = offset - 1;
            while (start > 0 && !((*text)[start] == '"' && (*text)[start - 1] != '\\'))
                --start;
            offset = start;
        } else {
            while (offset > 0 && std::isalnum(static_cast<unsigned char>((*text)[offset - 1])))
                --offset;
        }
        std::tie(d.line, d.column) = JsonLocator::lineColumn(*text, offset);
        m_diagnostics.add(std::move(d));
        return std::nullopt;
    } catch (const json::exception &e) {
        // A number too large for any question, for instance: the parser says what, not where.
        std::string what = e.what();
        if (auto bracket = what.find("] "); bracket != std::string::npos)
            what = what.substr(bracket + 2);
        m_diagnostics.error(path, "",
                            Tr::tr("the file is not valid JSON: %1").arg(q(what)).toStdString());
        return std::nullopt;
    }
    for (const std::string &pointer : JsonLocator(*text).duplicateKeys())
        error(file, pointer,
              Tr::tr("the key '%1' is written twice in the same object; only one is allowed")
                  .arg(q(json::json_pointer(pointer).back())));
    m_documents.push_back(std::move(doc));
    return At{&m_documents.back(), file, ""};
}

void Loader::readHeader(const At &doc)
{
    if (doc.has("languages") && doc["languages"]->is_array() && !doc["languages"]->empty()) {
        const At langs = doc["languages"];
        for (size_t i = 0; i < langs->size(); ++i) {
            if (!langs[i]->is_string() || langs[i]->get<std::string>().empty()) {
                error(langs[i], Tr::tr("a language must be a code such as \"en\""));
                continue;
            }
            const std::string code = langs[i]->get<std::string>();
            if (m_form->languageIndex(code) >= 0)
                error(langs[i], Tr::tr("the language '%1' is listed twice").arg(q(code)));
            else
                m_form->languages.push_back(code);
        }
    } else {
        error(doc.has("languages") ? doc["languages"] : doc,
              Tr::tr("the form must list its languages, e.g. \"languages\": [\"en\", \"es\"]"));
    }
    if (m_form->languages.empty())
        m_form->languages.push_back("en");
    if (auto def = string(doc, "default_language", "the form", false)) {
        const int index = m_form->languageIndex(*def);
        if (index < 0)
            error(doc["default_language"],
                  Tr::tr("the default language '%1' is not one of the form's languages")
                      .arg(q(*def)));
        else
            m_form->defaultLanguage = index;
    }
    m_form->id = string(doc, "form", "the form", true).value_or("");
    if (!m_form->id.empty() && !isName(m_form->id))
        error(
            doc["form"],
            Tr::tr("the form id '%1' must be a name: letters, digits and '_'").arg(q(m_form->id)));
    m_form->version = string(doc, "version", "the form", true).value_or("");
    if (doc.has("title"))
        m_form->title = text(doc["title"], "the form", NoItem, TextField::Label, 0, false);
    else
        error(doc, Tr::tr("the form has no 'title'"));
    m_form->notes = notes(doc, "the form");
}

void Loader::readDefinitions(const At &doc, bool module)
{
    const std::string owner = module ? "the module" : "the form";
    auto remember = [&](const std::string &name, const At &at) {
        if (!isName(name)) {
            error(at, Tr::tr("'%1' is not a valid name").arg(q(name)));
            return false;
        }
        if (auto it = m_definitionPlaces.find(name); it != m_definitionPlaces.end()) {
            error(at, Tr::tr("the name '%1' is used twice: here and at %2 %3")
                          .arg(q(name), q(fileName(it->second.file)), q(it->second.pointer)));
            return false;
        }
        m_definitionPlaces[name] = {at.file, at.pointer};
        return true;
    };
    if (doc.has("constants")) {
        const At c = doc["constants"];
        if (!c->is_object())
            error(c, Tr::tr("'constants' must be an object of names and values"));
        else
            for (auto it = c->begin(); it != c->end(); ++it) {
                const At v = c[it.key().c_str()];
                if (!remember(it.key(), v))
                    continue;
                if (v->is_number())
                    m_constants[it.key()] = Value::number(v->get<double>());
                else if (v->is_string())
                    m_constants[it.key()] = Value::text(v->get<std::string>());
                else if (v->is_boolean())
                    m_constants[it.key()] = Value::boolean(v->get<bool>());
                else
                    error(v, Tr::tr("the constant '%1' must be a number, a text or true/false")
                                 .arg(q(it.key())));
            }
    }
    if (doc.has("option_sets")) {
        const At sets = doc["option_sets"];
        if (!sets->is_object())
            error(sets, Tr::tr("'option_sets' must be an object of option sets by name"));
        else
            for (auto it = sets->begin(); it != sets->end(); ++it) {
                const At set = sets[it.key().c_str()];
                if (!remember(it.key(), set))
                    continue;
                OptionSet os;
                os.name = it.key();
                const std::string what = Tr::tr("option set '%1'").arg(q(it.key())).toStdString();
                if (set->is_array()) {
                    os.options = readOptions(set, what);
                } else if (checkKeys(set, what, {"code_digits", "options"}, {"options"})) {
                    if (set.has("code_digits")) {
                        if (!set["code_digits"]->is_number_unsigned() ||
                            set["code_digits"]->get<uint64_t>() > 9)
                            error(set["code_digits"],
                                  Tr::tr("'code_digits' must be a whole number from 0 to 9"));
                        else
                            os.codeDigits = set["code_digits"]->get<int>();
                    }
                    os.options = readOptions(set["options"], what);
                }
                m_optionSetByName[os.name] = int(m_form->optionSets.size());
                m_form->optionSets.push_back(std::move(os));
            }
    }
    if (doc.has("special_codes")) {
        const At codes = doc["special_codes"];
        if (!codes->is_object())
            error(codes, Tr::tr("'special_codes' must be an object of special codes by name"));
        else
            for (auto it = codes->begin(); it != codes->end(); ++it) {
                const At code = codes[it.key().c_str()];
                if (!remember(it.key(), code))
                    continue;
                if (auto def = readSpecialCode(
                        code, Tr::tr("special code '%1'").arg(q(it.key())).toStdString()))
                    m_specialCodeByName[it.key()] = *def;
            }
    }
    (void)owner;
}

std::vector<Option> Loader::readOptions(const At &at, const std::string &owner)
{
    std::vector<Option> out;
    if (!at->is_array() || at->empty()) {
        error(at, Tr::tr("the options of %1 must be a non-empty list").arg(q(owner)));
        return out;
    }
    std::map<int, std::string> seen;
    for (size_t i = 0; i < at->size(); ++i) {
        const At o = at[i];
        if (!checkKeys(o, Tr::tr("an option of %1").arg(q(owner)).toStdString(),
                       {"code", "label", "exclusive"}, {"code", "label"}))
            continue;
        if (!isSmallInteger(*o["code"])) {
            error(o["code"], Tr::tr("an option code of %1 must be a whole number").arg(q(owner)));
            continue;
        }
        Option option;
        option.code = o["code"]->get<int>();
        if (auto it = seen.find(option.code); it != seen.end()) {
            error(o["code"], Tr::tr("option code %1 is used twice in %2: here and at %3")
                                 .arg(option.code)
                                 .arg(q(owner), q(it->second)));
            continue;
        }
        seen[option.code] = o.pointer;
        option.label = text(o["label"], owner, NoItem, TextField::Label, 0, false);
        option.exclusive = boolean(o, "exclusive", owner).value_or(false);
        out.push_back(std::move(option));
    }
    return out;
}

std::optional<SpecialCodeDef> Loader::readSpecialCode(const At &at, const std::string &owner)
{
    if (!checkKeys(at, owner, {"code", "label"}, {"code", "label"}))
        return std::nullopt;
    if (!isSmallInteger(*at["code"])) {
        error(at["code"], Tr::tr("the code of %1 must be a whole number").arg(q(owner)));
        return std::nullopt;
    }
    SpecialCodeDef def;
    def.code = at["code"]->get<int>();
    def.label = text(at["label"], owner, NoItem, TextField::Label, 0, false);
    return def;
}

void Loader::readSections(const At &sections, ItemId parent, ScopeId scope,
                          const std::vector<PendingExpression> &inherited)
{
    if (!sections->is_array()) {
        error(sections, Tr::tr("'sections' must be a list of sections"));
        return;
    }
    for (size_t i = 0; i < sections->size(); ++i) {
        const At s = sections[i];
        if (!s.has("section")) {
            error(s, Tr::tr("each entry of 'sections' must be a section, with a \"section\" "
                            "name"));
            continue;
        }
        const ItemId id = readSection(s, parent, scope);
        if (id == NoItem)
            continue;
        for (PendingExpression p : inherited) {
            p.item = id;
            m_expressions.push_back(std::move(p));
        }
        if (parent == NoItem)
            m_form->sections.push_back(id);
    }
}

void Loader::readItems(const At &items, ItemId parent, ScopeId scope)
{
    if (!items->is_array()) {
        error(items, Tr::tr("'items' must be a list"));
        return;
    }
    for (size_t i = 0; i < items->size(); ++i)
        readItem(items[i], parent, scope);
}

void Loader::readItem(const At &at, ItemId parent, ScopeId scope)
{
    if (!at->is_object()) {
        error(at, Tr::tr("an item must be a JSON object"));
        return;
    }
    if (at.has("section"))
        readSection(at, parent, scope);
    else if (at.has("roster"))
        readRoster(at, parent, scope);
    else if (at.has("grid"))
        readGrid(at, parent, scope);
    else if (at.has("include"))
        readInclude(at, parent, scope);
    else if (at.has("name"))
        readQuestion(at, parent, scope, nullptr);
    else
        error(at, Tr::tr("an item must be a question (with \"name\" and \"type\"), a section, a "
                         "roster, a grid or an include"));
}

ItemId Loader::readSection(const At &at, ItemId parent, ScopeId scope)
{
    const At nameAt = at["section"];
    if (!nameAt->is_string()) {
        error(nameAt, Tr::tr("the name of a section must be a text"));
        return NoItem;
    }
    const std::string name = nameAt->get<std::string>();
    const std::string what = Tr::tr("section '%1'").arg(q(name)).toStdString();
    checkKeys(at, what, {"section", "title", "instruction", "relevant", "notes", "items"},
              {"title", "items"});
    const ItemId id = newItem(ItemKind::Section, name, parent, scope, at);
    Item &item = m_form->items[size_t(id)];
    item.required = false;
    textInto(at, "title", m_form->items[size_t(id)].label, what, id, TextField::Label);
    textInto(at, "instruction", m_form->items[size_t(id)].instruction, what, id,
             TextField::Instruction);
    m_form->items[size_t(id)].notes = notes(at, what);
    relevance(at, id, {});
    if (at.has("items"))
        readItems(at["items"], id, scope);
    return id;
}

void Loader::readRoster(const At &at, ItemId parent, ScopeId scope)
{
    const At nameAt = at["roster"];
    if (!nameAt->is_string()) {
        error(nameAt, Tr::tr("the name of a roster must be a text"));
        return;
    }
    const std::string name = nameAt->get<std::string>();
    const std::string what = Tr::tr("roster '%1'").arg(q(name)).toStdString();
    checkKeys(at, what,
              {"roster", "title", "instruction", "row_title", "row_label", "relevant", "size",
               "fixed_rows", "max_rows", "validations", "notes", "items"},
              {"title", "items"});
    const ItemId id = newItem(ItemKind::Roster, name, parent, scope, at);
    ScopeId rowScope = ScopeId(m_form->scopes.size());
    {
        Scope s;
        s.roster = id;
        s.parent = scope;
        s.depth = m_form->scopes[size_t(scope)].depth + 1;
        m_form->scopes.push_back(std::move(s));
        Scope &outer = m_form->scopes[size_t(scope)];
        Item &item = m_form->items[size_t(id)];
        item.rowScope = rowScope;
        item.rosterSlot = int(outer.rosters.size());
        item.required = false;
        outer.rosters.push_back(id);
    }
    if (m_form->scopes[size_t(rowScope)].depth > 8)
        error(at, Tr::tr("rosters are nested more than 8 deep"));
    textInto(at, "title", m_form->items[size_t(id)].label, what, id, TextField::Label);
    textInto(at, "instruction", m_form->items[size_t(id)].instruction, what, id,
             TextField::Instruction);
    textInto(at, "row_title", m_form->items[size_t(id)].rowTitle, what, id, TextField::RowTitle);
    m_form->items[size_t(id)].notes = notes(at, what);
    relevance(at, id, {});
    if (auto label = string(at, "row_label", what, false))
        m_names.push_back(
            {PendingName::Use::RowLabel, id, *label, at.file, at.pointer + "/row_label", json{}});
    if (at.has("size") && at.has("fixed_rows"))
        error(at, Tr::tr("%1 has both 'size' and 'fixed_rows'; give one").arg(q(what)));
    if (auto size = string(at, "size", what, false)) {
        m_form->items[size_t(id)].rosterKind = RosterKind::Sized;
        m_names.push_back(
            {PendingName::Use::SizeQuestion, id, *size, at.file, at.pointer + "/size", json{}});
    }
    if (at.has("fixed_rows")) {
        const At rows = at["fixed_rows"];
        if (!rows->is_array() || rows->empty()) {
            error(rows,
                  Tr::tr("'fixed_rows' of %1 must be a non-empty list of texts").arg(q(what)));
        } else {
            std::vector<Text> fixed;
            for (size_t i = 0; i < rows->size(); ++i)
                fixed.push_back(text(rows[i], what, NoItem, TextField::Label, 0, false));
            Item &item = m_form->items[size_t(id)];
            item.rosterKind = RosterKind::Fixed;
            item.fixedRows = std::move(fixed);
        }
    }
    if (at.has("max_rows")) {
        const At v = at["max_rows"];
        if (!v->is_number_unsigned() || v->get<uint64_t>() < 1 || v->get<uint64_t>() > 100000)
            error(v,
                  Tr::tr("'max_rows' of %1 must be a whole number from 1 to 100000").arg(q(what)));
        else
            m_form->items[size_t(id)].maxRows = v->get<int>();
    }
    if (at.has("validations"))
        readValidations(at["validations"], id);
    if (at.has("items"))
        readItems(at["items"], id, rowScope);
}

void Loader::readGrid(const At &at, ItemId parent, ScopeId scope)
{
    const At nameAt = at["grid"];
    if (!nameAt->is_string()) {
        error(nameAt, Tr::tr("the name of a grid must be a text"));
        return;
    }
    const std::string name = nameAt->get<std::string>();
    const std::string what = Tr::tr("grid '%1'").arg(q(name)).toStdString();
    checkKeys(at, what,
              {"grid", "label", "hint", "instruction", "relevant", "required", "options",
               "code_digits", "special_codes", "notes", "questions"},
              {"label", "options", "questions"});
    const ItemId id = newItem(ItemKind::Grid, name, parent, scope, at);
    textInto(at, "label", m_form->items[size_t(id)].label, what, id, TextField::Label);
    textInto(at, "hint", m_form->items[size_t(id)].hint, what, id, TextField::Hint);
    textInto(at, "instruction", m_form->items[size_t(id)].instruction, what, id,
             TextField::Instruction);
    m_form->items[size_t(id)].notes = notes(at, what);
    m_form->items[size_t(id)].required = boolean(at, "required", what).value_or(true);
    relevance(at, id, {});
    // The grid's scale: options and special codes, given to each of its questions.
    Item scale;
    scale.kind = ItemKind::Grid;
    scale.name = name;
    scale.required = m_form->items[size_t(id)].required;
    if (at.has("options")) {
        const At options = at["options"];
        if (options->is_string()) {
            m_names.push_back({PendingName::Use::OptionSet, id, options->get<std::string>(),
                               options.file, options.pointer, json{}});
        } else {
            OptionSet os;
            os.name = name;
            os.options = readOptions(options, what);
            scale.optionSet = int(m_form->optionSets.size());
            m_form->optionSets.push_back(std::move(os));
            m_form->items[size_t(id)].optionSet = scale.optionSet;
        }
    }
    if (at.has("code_digits")) {
        if (!at["code_digits"]->is_number_unsigned() || at["code_digits"]->get<uint64_t>() > 9)
            error(at["code_digits"], Tr::tr("'code_digits' must be a whole number from 0 to 9"));
        else if (scale.optionSet < 0)
            error(at["code_digits"],
                  Tr::tr("'code_digits' of %1 belongs in its option set").arg(q(what)));
        else
            m_form->optionSets[size_t(scale.optionSet)].codeDigits = at["code_digits"]->get<int>();
    }
    if (!at.has("questions") || !at["questions"]->is_array() || at["questions"]->empty()) {
        if (at.has("questions"))
            error(at["questions"],
                  Tr::tr("'questions' of %1 must be a non-empty list").arg(q(what)));
        return;
    }
    const At questions = at["questions"];
    for (size_t i = 0; i < questions->size(); ++i) {
        const At qa = questions[i];
        const ItemId qid = readQuestion(qa, id, scope, &scale);
        if (qid == NoItem)
            continue;
        if (at.has("special_codes"))
            m_names.push_back({PendingName::Use::SpecialCode, qid, "", at.file,
                               at.pointer + "/special_codes", *at["special_codes"]});
    }
}

ItemId Loader::readQuestion(const At &at, ItemId parent, ScopeId scope, const Item *grid)
{
    const At nameAt = at["name"];
    if (!nameAt->is_string()) {
        error(nameAt, Tr::tr("the name of a question must be a text"));
        return NoItem;
    }
    const std::string name = nameAt->get<std::string>();
    const std::string what = Tr::tr("question '%1'").arg(q(name)).toStdString();
    static const std::map<std::string, QuestionType> types{
        {"single", QuestionType::Single},   {"multiple", QuestionType::Multiple},
        {"integer", QuestionType::Integer}, {"decimal", QuestionType::Decimal},
        {"text", QuestionType::Text},       {"date", QuestionType::Date},
        {"note", QuestionType::Note},       {"calculated", QuestionType::Calculated},
    };
    QuestionType type = QuestionType::Single;
    if (grid) {
        checkKeys(at, what, {"name", "label", "hint", "relevant", "notes"}, {"label"});
    } else {
        checkKeys(at, what,
                  {"name", "type", "label", "hint", "instruction", "notes", "relevant", "required",
                   "options", "code_digits", "special_codes", "range", "validations", "skip",
                   "specify", "calculate"},
                  {"type"});
        const std::optional<std::string> typeName = string(at, "type", what, false);
        if (typeName) {
            auto it = types.find(*typeName);
            if (it == types.end()) {
                error(at["type"], Tr::tr("unknown question type '%1' for %2; the types are "
                                         "single, multiple, integer, decimal, text, date, note "
                                         "and calculated")
                                      .arg(q(*typeName), q(what)));
                return NoItem;
            }
            type = it->second;
        }
    }
    const ItemId id = newItem(ItemKind::Question, name, parent, scope, at);
    m_form->items[size_t(id)].type = type;
    auto item = [&]() -> Item & {
        return m_form->items[size_t(id)];
    };

    const bool hasLabel = type != QuestionType::Calculated;
    textInto(at, "label", item().label, what, id, TextField::Label, 0, hasLabel);
    textInto(at, "hint", item().hint, what, id, TextField::Hint);
    textInto(at, "instruction", item().instruction, what, id, TextField::Instruction);
    item().notes = notes(at, what);
    relevance(at, id, {});
    if (grid) {
        item().optionSet = grid->optionSet;
        item().required = grid->required;
        if (grid->optionSet < 0)
            m_names.push_back({PendingName::Use::OptionSet, id, "", at.file, at.pointer, json{}});
        return id;
    }

    const bool choice = type == QuestionType::Single || type == QuestionType::Multiple;
    const bool numeric = type == QuestionType::Integer || type == QuestionType::Decimal;
    auto notFor = [&](const char *key, const QString &why) {
        if (at.has(key))
            error(at[key], Tr::tr("%1 cannot have '%2': %3").arg(q(what), key, why));
    };
    const QString kind = at.has("type") ? q(at["type"]->is_string() ? at["type"]->get<std::string>()
                                                                    : std::string("?"))
                                        : QString();
    if (!choice) {
        notFor("options", Tr::tr("only single and multiple choice questions have options"));
        notFor("specify", Tr::tr("only choice questions have specify texts"));
        notFor("code_digits", Tr::tr("only choice questions have option codes"));
    }
    if (!numeric)
        notFor("range", Tr::tr("only integer and decimal questions have a range"));
    if (!numeric && type != QuestionType::Single)
        notFor("special_codes", Tr::tr("only integer, decimal and single choice questions "
                                       "have special codes"));
    if (type == QuestionType::Note || type == QuestionType::Calculated) {
        notFor("required", Tr::tr("a %1 question asks nothing").arg(kind));
        notFor("validations", Tr::tr("a %1 question asks nothing").arg(kind));
        notFor("skip", Tr::tr("a %1 question asks nothing").arg(kind));
    }
    if (type == QuestionType::Calculated) {
        if (auto calc = string(at, "calculate", what, true))
            m_expressions.push_back({PendingExpression::Use::Calculation, id, 0, *calc, at.file,
                                     at.pointer + "/calculate"});
    } else {
        notFor("calculate", Tr::tr("only calculated questions have a calculation"));
    }
    if (type == QuestionType::Note || type == QuestionType::Calculated)
        item().required = false;
    else
        item().required = boolean(at, "required", what).value_or(true);

    if (choice) {
        if (!at.has("options")) {
            error(at, Tr::tr("%1 has no 'options'").arg(q(what)));
        } else if (at["options"]->is_string()) {
            m_names.push_back({PendingName::Use::OptionSet, id, at["options"]->get<std::string>(),
                               at.file, at.pointer + "/options", json{}});
        } else {
            OptionSet os;
            os.name = name;
            os.options = readOptions(at["options"], what);
            item().optionSet = int(m_form->optionSets.size());
            m_form->optionSets.push_back(std::move(os));
        }
        if (at.has("code_digits")) {
            if (!at["code_digits"]->is_number_unsigned() || at["code_digits"]->get<uint64_t>() > 9)
                error(at["code_digits"],
                      Tr::tr("'code_digits' must be a whole number from 0 to 9"));
            else if (item().optionSet >= 0)
                m_form->optionSets[size_t(item().optionSet)].codeDigits =
                    at["code_digits"]->get<int>();
            else
                error(at["code_digits"],
                      Tr::tr("'code_digits' of %1 belongs in its option set").arg(q(what)));
        }
        if (type == QuestionType::Single && at.has("options") && !at["options"]->is_string())
            for (const Option &o : m_form->optionSets[size_t(item().optionSet)].options)
                if (o.exclusive)
                    error(at["options"], Tr::tr("option %1 of %2 is exclusive, but a single "
                                                "choice question has only one answer anyway")
                                             .arg(o.code)
                                             .arg(q(what)));
    }
    if (at.has("special_codes"))
        m_names.push_back({PendingName::Use::SpecialCode, id, "", at.file,
                           at.pointer + "/special_codes", *at["special_codes"]});
    if (at.has("range")) {
        const At range = at["range"];
        if (checkKeys(range, Tr::tr("the range of %1").arg(q(what)).toStdString(),
                      {"min", "max"})) {
            for (const char *bound : {"min", "max"}) {
                if (!range.has(bound))
                    continue;
                const At b = range[bound];
                if (!b->is_number() || (type == QuestionType::Integer && !b->is_number_integer())) {
                    error(b, Tr::tr("'%1' of the range of %2 must be %3")
                                 .arg(bound, q(what),
                                      type == QuestionType::Integer ? Tr::tr("a whole number")
                                                                    : Tr::tr("a number")));
                    continue;
                }
                (std::string_view(bound) == "min" ? item().min : item().max) = b->get<double>();
            }
            if (item().min && item().max && *item().min > *item().max)
                error(range,
                      Tr::tr("the range of %1 has its minimum above its maximum").arg(q(what)));
        }
    }
    if (at.has("validations"))
        readValidations(at["validations"], id);
    if (at.has("skip")) {
        const At skips = at["skip"];
        if (!skips->is_array()) {
            error(skips,
                  Tr::tr("'skip' of %1 must be a list of {\"if\": ..., \"to\": ...}").arg(q(what)));
        } else {
            for (size_t i = 0; i < skips->size(); ++i) {
                const At s = skips[i];
                if (!checkKeys(s, Tr::tr("a skip of %1").arg(q(what)).toStdString(), {"if", "to"},
                               {"if", "to"}))
                    continue;
                auto condition = string(s, "if", what, true);
                auto target = string(s, "to", what, true);
                if (!condition || !target)
                    continue;
                m_skips.push_back({id, NoExpr, *condition, *target, s.file, s.pointer});
            }
        }
    }
    if (at.has("specify")) {
        const At specs = at["specify"];
        if (!specs->is_array()) {
            error(specs, Tr::tr("'specify' of %1 must be a list").arg(q(what)));
        } else {
            for (size_t i = 0; i < specs->size(); ++i) {
                const At s = specs[i];
                const std::string swhat = Tr::tr("a specify text of %1").arg(q(what)).toStdString();
                if (!checkKeys(s, swhat, {"option", "name", "label", "hint", "required"},
                               {"option", "name", "label"}))
                    continue;
                if (!isSmallInteger(*s["option"]) || !s["name"]->is_string()) {
                    error(s, Tr::tr("%1 needs an option code and a name").arg(q(swhat)));
                    continue;
                }
                const std::string sname = s["name"]->get<std::string>();
                const ItemId sid = newItem(ItemKind::Question, sname, parent, scope, s);
                Item &spec = m_form->items[size_t(sid)];
                spec.type = QuestionType::Text;
                spec.specifyOf = id;
                spec.specifyCode = s["option"]->get<int>();
                spec.required = boolean(s, "required", swhat).value_or(true);
                const std::string sowner = Tr::tr("question '%1'").arg(q(sname)).toStdString();
                textInto(s, "label", m_form->items[size_t(sid)].label, sowner, sid,
                         TextField::Label, 0, true);
                textInto(s, "hint", m_form->items[size_t(sid)].hint, sowner, sid, TextField::Hint);
                m_form->items[size_t(id)].specifyTexts.push_back(sid);
                const std::string condition =
                    (type == QuestionType::Multiple ? "selected(" + name + ", " : name + " == ") +
                    std::to_string(m_form->items[size_t(sid)].specifyCode) +
                    (type == QuestionType::Multiple ? ")" : "");
                m_expressions.push_back({PendingExpression::Use::Relevance, sid, 0, condition,
                                         s.file, s.pointer + "/option"});
            }
        }
    }
    return id;
}

void Loader::readValidations(const At &at, ItemId itemId)
{
    const std::string what = describe(m_form->items[size_t(itemId)]);
    if (!at->is_array()) {
        error(at, Tr::tr("'validations' of %1 must be a list").arg(q(what)));
        return;
    }
    if (at->size() > 64)
        error(at, Tr::tr("%1 has more than 64 validations").arg(q(what)));
    for (size_t i = 0; i < at->size() && i < 64; ++i) {
        const At v = at[i];
        if (!checkKeys(v, Tr::tr("a validation of %1").arg(q(what)).toStdString(),
                       {"check", "message", "severity"}, {"check", "message"}))
            continue;
        Validation validation;
        validation.pointer = v.pointer;
        if (auto severity = string(v, "severity", what, false)) {
            if (*severity == "warning")
                validation.warning = true;
            else if (*severity != "error")
                error(v["severity"], Tr::tr("'severity' must be \"error\" or \"warning\""));
        }
        const int index = int(m_form->items[size_t(itemId)].validations.size());
        validation.message =
            text(v["message"], what, itemId, TextField::ValidationMessage, index, true);
        if (auto check = string(v, "check", what, true))
            m_expressions.push_back({PendingExpression::Use::Validation, itemId, index, *check,
                                     v.file, v.pointer + "/check"});
        m_form->items[size_t(itemId)].validations.push_back(std::move(validation));
    }
}

void Loader::readInclude(const At &at, ItemId parent, ScopeId scope)
{
    checkKeys(at, Tr::tr("an include").toStdString(), {"include", "relevant", "notes"});
    if (!at["include"]->is_string()) {
        error(at["include"], Tr::tr("'include' must be the path of a module file"));
        return;
    }
    const std::string path =
        FormLoader::resolveInclude(fileName(at.file), at["include"]->get<std::string>());
    if (std::find(m_includeStack.begin(), m_includeStack.end(), path) != m_includeStack.end()) {
        error(at["include"],
              Tr::tr("'%1' includes itself (through %2)").arg(q(path), q(m_includeStack.back())));
        return;
    }
    if (m_includeStack.size() >= 15) {
        error(at["include"], Tr::tr("modules are included more than 15 deep"));
        return;
    }
    const At includeAt = at["include"];
    std::optional<At> doc = readDocument(path, &includeAt);
    if (!doc)
        return;
    const At &module = *doc;
    if (!checkKeys(module, Tr::tr("the module").toStdString(),
                   {"$schema", "module", "version", "title", "languages", "notes", "constants",
                    "option_sets", "special_codes", "sections"},
                   {"module", "sections"}) &&
        !module->is_object())
        return;
    if (module.has("languages") && module["languages"]->is_array()) {
        for (const std::string &language : m_form->languages) {
            bool found = false;
            for (const auto &l : *module["languages"])
                found = found || (l.is_string() && l.get<std::string>() == language);
            if (!found)
                warning(
                    module.file, module.pointer + "/languages",
                    Tr::tr("the module does not list the form's language '%1'").arg(q(language)));
        }
    }
    m_includeStack.push_back(path);
    readDefinitions(module, true);
    std::vector<PendingExpression> inherited;
    if (at.has("relevant")) {
        if (!at["relevant"]->is_string())
            error(at["relevant"], Tr::tr("'relevant' of an include must be an expression written "
                                         "as a text"));
        else
            inherited.push_back({PendingExpression::Use::Relevance, NoItem, 0,
                                 at["relevant"]->get<std::string>(), at.file,
                                 at.pointer + "/relevant"});
    }
    if (module.has("sections"))
        readSections(module["sections"], parent, scope, inherited);
    m_includeStack.pop_back();
}

// ---------------------------------------------------------------------------------------------
// Checking

void Loader::resolveNames()
{
    for (const PendingName &p : m_names) {
        Item &item = m_form->items[size_t(p.item)];
        switch (p.use) {
        case PendingName::Use::OptionSet: {
            if (p.name.empty()) {
                // A grid question whose grid names a shared set: take the grid's.
                item.optionSet = m_form->items[size_t(item.parent)].optionSet;
                break;
            }
            auto it = m_optionSetByName.find(p.name);
            if (it == m_optionSetByName.end()) {
                error(p.file, p.pointer,
                      Tr::tr("unknown option set '%1' in %2").arg(q(p.name), q(describe(item))));
                break;
            }
            item.optionSet = it->second;
            break;
        }
        case PendingName::Use::SpecialCode:
            break; // after every option set is known, below

        case PendingName::Use::SizeQuestion:
        case PendingName::Use::RowLabel: {
            const ItemId target = m_form->find(p.name);
            const bool size = p.use == PendingName::Use::SizeQuestion;
            if (target == NoItem) {
                error(p.file, p.pointer,
                      Tr::tr("unknown name '%1' in '%2' of %3")
                          .arg(q(p.name), size ? "size" : "row_label", q(describe(item))));
                break;
            }
            const Item &t = m_form->item(target);
            if (size) {
                if (!t.isQuestion() || t.type != QuestionType::Integer) {
                    error(p.file, p.pointer,
                          Tr::tr("the size of %1 must be an integer question; '%2' is not")
                              .arg(q(describe(item)), q(p.name)));
                    break;
                }
                bool outside = false;
                for (ScopeId s = item.scope; s >= 0; s = m_form->scopes[size_t(s)].parent)
                    outside = outside || s == t.scope;
                if (!outside) {
                    error(p.file, p.pointer,
                          Tr::tr("the size of %1 comes from '%2', which is not in the roster's "
                                 "row or around it")
                              .arg(q(describe(item)), q(p.name)));
                    break;
                }
                if (!t.max && item.maxRows == 0) {
                    error(p.file, p.pointer,
                          Tr::tr("%1 takes its size from '%2', which has no maximum; give '%2' a "
                                 "range or the roster 'max_rows'")
                              .arg(q(describe(item)), q(p.name)));
                    break;
                }
                item.sizeQuestion = target;
            } else {
                if (!t.isQuestion() || t.scope != item.rowScope || !t.hasValue()) {
                    error(p.file, p.pointer,
                          Tr::tr("the row label of %1 must be a question in the roster's rows; "
                                 "'%2' is not")
                              .arg(q(describe(item)), q(p.name)));
                    break;
                }
                item.rowLabel = target;
            }
            break;
        }
        }
    }
}

void Loader::resolveSpecialCodes()
{
    for (const PendingName &p : m_names) {
        if (p.use != PendingName::Use::SpecialCode)
            continue;
        Item &item = m_form->items[size_t(p.item)];
        const std::string owner = describe(item);
        if (!p.value.is_array()) {
            error(p.file, p.pointer,
                  Tr::tr("'special_codes' of %1 must be a list of special code names or "
                         "{\"code\": ..., \"label\": ...} objects")
                      .arg(q(owner)));
            continue;
        }
        const At list{&p.value, p.file, p.pointer};
        for (size_t i = 0; i < p.value.size(); ++i) {
            const At entry = list[i];
            std::optional<SpecialCodeDef> def;
            if (entry->is_string()) {
                auto it = m_specialCodeByName.find(entry->get<std::string>());
                if (it == m_specialCodeByName.end()) {
                    error(entry, Tr::tr("unknown special code '%1' in %2")
                                     .arg(q(entry->get<std::string>()), q(owner)));
                    continue;
                }
                def = it->second;
            } else {
                def = readSpecialCode(entry,
                                      Tr::tr("a special code of %1").arg(q(owner)).toStdString());
                if (!def)
                    continue;
            }
            if (item.specialCode(def->code)) {
                error(entry,
                      Tr::tr("special code %1 is given twice to %2").arg(def->code).arg(q(owner)));
                continue;
            }
            if (const OptionSet *set = m_form->options(item); set && set->find(def->code)) {
                error(entry, Tr::tr("special code %1 of %2 is also one of its options")
                                 .arg(def->code)
                                 .arg(q(owner)));
                continue;
            }
            const double code = def->code;
            if (item.isNumeric() && (!item.min || *item.min <= code) &&
                (!item.max || code <= *item.max)) {
                error(entry,
                      Tr::tr("special code %1 of %2 is inside its range %3 to %4, so an "
                             "answer of %1 could not be told from the special code")
                          .arg(def->code)
                          .arg(q(owner), item.min ? QString::number(*item.min) : Tr::tr("any"),
                               item.max ? QString::number(*item.max) : Tr::tr("any")));
                continue;
            }
            item.specialCodes.push_back(std::move(*def));
        }
    }
}

void Loader::computeDocumentOrder()
{
    std::vector<ItemId> stack;
    auto visit = [&](auto &self, ItemId id) -> void {
        m_form->documentOrder.push_back(id);
        for (ItemId child : m_form->items[size_t(id)].children)
            self(self, child);
    };
    for (ItemId s : m_form->sections)
        visit(visit, s);
    m_orderIndex.assign(m_form->items.size(), -1);
    for (size_t i = 0; i < m_form->documentOrder.size(); ++i)
        m_orderIndex[size_t(m_form->documentOrder[i])] = int(i);
}

bool Loader::ensureCalculation(ItemId id)
{
    uint8_t &state = m_calculationState[size_t(id)];
    if (state == 2)
        return true;
    if (state == 3)
        return false;
    const Item &item = m_form->item(id);
    if (state == 1) {
        // A cycle: from where `id` is being compiled to here. Reported once, at its first member.
        const auto from = std::find(m_calculating.begin(), m_calculating.end(), id);
        const ItemId first = *from;
        if (from + 1 == m_calculating.end()) {
            error(item.file, item.pointer + "/calculate",
                  Tr::tr("the calculation of '%1' depends on itself").arg(q(item.name)));
        } else {
            QStringList names;
            for (auto it = from; it != m_calculating.end(); ++it)
                names << Tr::tr("'%1' (calculation)").arg(q(m_form->item(*it).name));
            names << QStringLiteral("'%1'").arg(q(item.name));
            const Item &at = m_form->item(first);
            error(at.file, at.pointer + "/calculate",
                  Tr::tr("these items depend on each other in a cycle: %1")
                      .arg(names.join(QStringLiteral(" -> "))));
        }
        for (auto it = from; it != m_calculating.end(); ++it)
            m_calculationState[size_t(*it)] = 3;
        return false;
    }
    state = 1;
    m_calculating.push_back(id);
    struct Pop
    {
        std::vector<ItemId> &stack;
        ~Pop() { stack.pop_back(); }
    } pop{m_calculating};
    for (const PendingExpression &p : m_expressions) {
        if (p.use != PendingExpression::Use::Calculation || p.item != id)
            continue;
        ExpressionCompiler compiler(*m_form, m_diagnostics, m_constants,
                                    [this](ItemId other) { return ensureCalculation(other); });
        const ExpressionCompiler::Place place{
            fileName(p.file), p.pointer,
            Tr::tr("the calculation of '%1'").arg(q(item.name)).toStdString(), 0};
        const ExprId e = compiler.compile(p.source, item.scope, std::nullopt, place);
        if (m_calculationState[size_t(id)] == 3)
            return false;
        if (e == NoExpr) {
            m_calculationState[size_t(id)] = 3;
            return false;
        }
        Item &mutableItem = m_form->items[size_t(id)];
        mutableItem.calculation = e;
        mutableItem.valueType = m_form->expressions.node(e).type;
    }
    m_calculationState[size_t(id)] = 2;
    return true;
}

void Loader::compileExpressions()
{
    m_calculationState.assign(m_form->items.size(), 0);
    for (const Item &item : m_form->items)
        if (item.type == QuestionType::Calculated && item.isQuestion())
            ensureCalculation(item.id);
    auto ensure = [this](ItemId other) {
        return ensureCalculation(other);
    };
    for (const PendingExpression &p : m_expressions) {
        if (p.use == PendingExpression::Use::Calculation || p.item == NoItem)
            continue;
        Item &item = m_form->items[size_t(p.item)];
        ExpressionCompiler compiler(*m_form, m_diagnostics, m_constants, ensure);
        std::string what;
        switch (p.use) {
        case PendingExpression::Use::Relevance:
            what = Tr::tr("the relevance of %1").arg(q(describe(item))).toStdString();
            break;
        case PendingExpression::Use::Validation:
            what = Tr::tr("a validation of %1").arg(q(describe(item))).toStdString();
            break;
        default:
            break;
        }
        const ExpressionCompiler::Place place{fileName(p.file), p.pointer, what, 0};
        const ExprId e = compiler.compile(p.source, item.scope, Type::Bool, place);
        if (e == NoExpr)
            continue;
        Item &target = m_form->items[size_t(p.item)];
        if (p.use == PendingExpression::Use::Relevance)
            target.relevance.push_back(e);
        else if (p.use == PendingExpression::Use::Validation)
            target.validations[size_t(p.index)].check = e;
    }
}

void Loader::compileTexts()
{
    auto ensure = [this](ItemId other) {
        return ensureCalculation(other);
    };
    for (const PendingText &p : m_texts) {
        Item &item = m_form->items[size_t(p.item)];
        Text *text = nullptr;
        ScopeId scope = item.scope;
        std::string field;
        switch (p.field) {
        case TextField::Label:
            text = &item.label;
            field =
                item.kind == ItemKind::Question || item.kind == ItemKind::Grid ? "label" : "title";
            break;
        case TextField::Hint:
            text = &item.hint;
            field = "hint";
            break;
        case TextField::Instruction:
            text = &item.instruction;
            field = "instruction";
            break;
        case TextField::RowTitle:
            text = &item.rowTitle;
            scope = item.rowScope;
            field = "row title";
            break;
        case TextField::ValidationMessage:
            text = &item.validations[size_t(p.index)].message;
            field = "validation message";
            break;
        }
        if (!text || size_t(p.language) >= text->byLanguage.size() ||
            !text->byLanguage[size_t(p.language)])
            continue;
        TextTemplate &t = *text->byLanguage[size_t(p.language)];
        t.segments.clear();
        const std::string &s = t.source;
        std::string literal;
        const std::string what =
            Tr::tr("the %1 of %2 (%3)")
                .arg(q(field), q(describe(item)), q(m_form->languages[size_t(p.language)]))
                .toStdString();
        auto column = [&](size_t byte) {
            int c = 1;
            for (size_t i = 0; i < byte; ++i)
                if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80)
                    ++c;
            return c;
        };
        size_t i = 0;
        bool ok = true;
        while (i < s.size()) {
            if (s[i] == '{' && i + 1 < s.size() && s[i + 1] == '{') {
                literal += '{';
                i += 2;
            } else if (s[i] == '}' && i + 1 < s.size() && s[i + 1] == '}') {
                literal += '}';
                i += 2;
            } else if (s[i] == '{') {
                const size_t close = s.find('}', i + 1);
                if (close == std::string::npos) {
                    m_diagnostics.error(fileName(p.file), p.pointer,
                                        Tr::tr("the substitution that starts here in %1 has no "
                                               "closing '}' (write '{{' for a brace)")
                                            .arg(q(what))
                                            .toStdString(),
                                        column(i));
                    ok = false;
                    break;
                }
                if (!literal.empty())
                    t.segments.push_back({std::move(literal), NoExpr});
                literal.clear();
                ExpressionCompiler compiler(*m_form, m_diagnostics, m_constants, ensure);
                const ExpressionCompiler::Place place{fileName(p.file), p.pointer, what,
                                                      column(i + 1) - 1};
                const ExprId e =
                    compiler.compile(s.substr(i + 1, close - i - 1), scope, std::nullopt, place);
                if (e == NoExpr)
                    ok = false;
                t.segments.push_back({"", e});
                i = close + 1;
            } else {
                literal += s[i++];
            }
        }
        if (!literal.empty())
            t.segments.push_back({std::move(literal), NoExpr});
        if (!ok)
            t.segments = {{s, NoExpr}};
    }
}

std::vector<ItemId> Loader::skippedItems(ItemId source, ItemId target, const PendingSkip &skip)
{
    const Form &f = *m_form;
    auto parentOf = [&](ItemId id) {
        return f.item(id).parent;
    };
    auto childrenOf = [&](ItemId container) -> const std::vector<ItemId> & {
        return container == NoItem ? f.sections : f.item(container).children;
    };
    auto ancestors = [&](ItemId id) {
        std::vector<ItemId> chain; // from the item up to the top, NoItem last
        for (ItemId a = id; a != NoItem; a = parentOf(a))
            chain.push_back(a);
        chain.push_back(NoItem);
        return chain;
    };
    const std::vector<ItemId> sourceChain = ancestors(source);
    const std::vector<ItemId> targetChain = ancestors(target);
    ItemId common = NoItem;
    for (ItemId a : sourceChain)
        if (std::find(targetChain.begin(), targetChain.end(), a) != targetChain.end()) {
            common = a;
            break;
        }
    // The target must not be inside a roster that the source is not in.
    for (ItemId a = parentOf(target); a != common; a = parentOf(a)) {
        if (f.item(a).kind == ItemKind::Roster) {
            error(skip.file, skip.pointer + "/to",
                  Tr::tr("the skip of '%1' goes to '%2', inside roster '%3', which '%1' is not "
                         "in; a skip cannot enter a roster")
                      .arg(q(f.item(source).name), q(skip.target), q(f.item(a).name)));
            return {};
        }
    }
    std::vector<ItemId> out;
    auto after = [&](ItemId container, ItemId child) {
        const auto &kids = childrenOf(container);
        auto it = std::find(kids.begin(), kids.end(), child);
        if (it != kids.end())
            out.insert(out.end(), it + 1, kids.end());
    };
    // From the source up to the level of the common container: what follows on each level.
    // Leaving a roster ends the skip for that row: the next row follows.
    ItemId x = source;
    bool leftRoster = false;
    ItemId innermostRoster = NoItem;
    while (parentOf(x) != common) {
        const ItemId container = parentOf(x);
        after(container, x);
        if (f.item(container).kind == ItemKind::Roster) {
            leftRoster = true;
            innermostRoster = container;
            break;
        }
        x = container;
    }
    const ItemId y = targetChain[std::find(targetChain.begin(), targetChain.end(), common) -
                                 targetChain.begin() - 1];
    if (leftRoster) {
        // Anything between the end of the roster and the target would be skipped for the whole
        // roster by a single row's answer: refuse that, the designer must say what they mean.
        std::vector<ItemId> between;
        ItemId z = innermostRoster;
        while (parentOf(z) != common) {
            const auto &kids = childrenOf(parentOf(z));
            between.insert(between.end(), std::find(kids.begin(), kids.end(), z) + 1, kids.end());
            z = parentOf(z);
        }
        const auto &kids = childrenOf(common);
        auto from = std::find(kids.begin(), kids.end(), z);
        auto to = std::find(kids.begin(), kids.end(), y);
        if (from < to)
            between.insert(between.end(), from + 1, to);
        if (!between.empty()) {
            error(skip.file, skip.pointer + "/to",
                  Tr::tr("the skip of '%1' leaves roster '%2' for '%3', but '%4' comes between "
                         "the end of the roster and '%3'; skip to the item right after the "
                         "roster")
                      .arg(q(f.item(source).name), q(f.item(innermostRoster).name), q(skip.target),
                           q(f.item(between.front()).name)));
            return {};
        }
        return out;
    }
    const auto &kids = childrenOf(common);
    auto from = std::find(kids.begin(), kids.end(), x);
    auto to = std::find(kids.begin(), kids.end(), y);
    if (from < to)
        out.insert(out.end(), from + 1, to);
    // Down from the common level to the target: what precedes it on each level.
    for (auto it = std::find(targetChain.begin(), targetChain.end(), y); it != targetChain.begin();
         --it) {
        const ItemId container = *it;
        const ItemId next = *(it - 1);
        const auto &inner = childrenOf(container);
        out.insert(out.end(), inner.begin(), std::find(inner.begin(), inner.end(), next));
    }
    return out;
}

void Loader::compileSkips()
{
    auto ensure = [this](ItemId other) {
        return ensureCalculation(other);
    };
    for (PendingSkip &skip : m_skips) {
        const Item &source = m_form->item(skip.source);
        const ItemId target = m_form->find(skip.target);
        if (target == NoItem) {
            error(skip.file, skip.pointer + "/to",
                  Tr::tr("the skip of '%1' goes to '%2', which is not in the form")
                      .arg(q(source.name), q(skip.target)));
            continue;
        }
        if (target == skip.source ||
            m_orderIndex[size_t(target)] < m_orderIndex[size_t(skip.source)]) {
            error(skip.file, skip.pointer + "/to",
                  Tr::tr("the skip of '%1' goes back to '%2', which comes before it; a skip "
                         "can only go forward")
                      .arg(q(source.name), q(skip.target)));
            continue;
        }
        ExpressionCompiler compiler(*m_form, m_diagnostics, m_constants, ensure);
        const ExpressionCompiler::Place place{
            fileName(skip.file), skip.pointer + "/if",
            Tr::tr("the skip of '%1'").arg(q(source.name)).toStdString(), 0};
        const ExprId condition =
            compiler.compile(skip.conditionText, source.scope, Type::Bool, place);
        if (condition == NoExpr)
            continue;
        const size_t errorsBefore = size_t(m_diagnostics.errorCount());
        const std::vector<ItemId> skipped = skippedItems(skip.source, target, skip);
        if (skipped.empty()) {
            if (size_t(m_diagnostics.errorCount()) == errorsBefore)
                warning(skip.file, skip.pointer + "/to",
                        Tr::tr("the skip of '%1' to '%2' passes over nothing: '%2' comes next "
                               "anyway; did the skip mean the item after it?")
                            .arg(q(source.name), q(skip.target)));
            continue;
        }
        // The questions a skip passes over are asked only once the skip's question has been
        // answered and the skip not taken: not(condition), where an unknown stays unknown.
        const ExprId notTaken = compiler.makeNot(condition);
        for (ItemId id : skipped)
            m_form->items[size_t(id)].relevance.push_back(notTaken);
    }
}

void Loader::checkTranslations()
{
    const auto &languages = m_form->languages;
    auto check = [&](const Text &text, const Item *item, const char *field, int file,
                     const std::string &pointer) {
        if (!text.isSet())
            return;
        for (size_t l = 0; l < languages.size(); ++l) {
            if (text.byLanguage[l])
                continue;
            const QString owner = item ? q(describe(*item)) : Tr::tr("the form");
            warning(file, pointer,
                    Tr::tr("missing translation: the %1 of %2 has no '%3' text; the '%4' text is "
                           "shown instead")
                        .arg(field, owner, q(languages[l]),
                             q(languages[size_t(m_form->defaultLanguage)])));
        }
    };
    check(m_form->title, nullptr, "title", 0, "/title");
    for (const Item &item : m_form->items) {
        const bool titled = item.kind == ItemKind::Section || item.kind == ItemKind::Roster;
        check(item.label, &item, titled ? "title" : "label", item.file,
              item.pointer + (titled ? "/title" : "/label"));
        check(item.hint, &item, "hint", item.file, item.pointer + "/hint");
        check(item.instruction, &item, "instruction", item.file, item.pointer + "/instruction");
        check(item.rowTitle, &item, "row title", item.file, item.pointer + "/row_title");
        for (const Validation &v : item.validations)
            check(v.message, &item, "validation message", item.file, v.pointer + "/message");
        for (const SpecialCodeDef &s : item.specialCodes)
            check(s.label, &item, "special code label", item.file, item.pointer);
        for (const Text &t : item.fixedRows)
            check(t, &item, "fixed row label", item.file, item.pointer + "/fixed_rows");
    }
    for (size_t i = 0; i < m_form->optionSets.size(); ++i) {
        const OptionSet &set = m_form->optionSets[i];
        for (const Option &o : set.options) {
            if (!o.label.isSet())
                continue;
            for (size_t l = 0; l < languages.size(); ++l)
                if (!o.label.byLanguage[l]) {
                    const Place place = m_definitionPlaces.count(set.name)
                                            ? m_definitionPlaces[set.name]
                                            : (m_itemPlaces.count(set.name) ? m_itemPlaces[set.name]
                                                                            : Place{0, ""});
                    warning(place.file, place.pointer,
                            Tr::tr("missing translation: option %1 of '%2' has no '%3' label; "
                                   "the '%4' text is shown instead")
                                .arg(o.code)
                                .arg(q(set.name), q(languages[l]),
                                     q(languages[size_t(m_form->defaultLanguage)])));
                }
        }
    }
}

void Loader::checkValidationsCanFire()
{
    const Expressions &ex = m_form->expressions;
    // Whether the expression reads anything that changes: a question, a roster or the row.
    auto isConstant = [&](auto &self, ExprId e) -> bool {
        const ExprNode &n = ex.node(e);
        if (n.op == Op::Ref || n.op == Op::RowNumber || n.op == Op::Rows || n.op == Op::Count ||
            n.op == Op::Any || n.op == Op::All || n.op == Op::Sum)
            return false;
        for (int i = 0; i < n.argCount; ++i)
            if (!self(self, ex.arg(n, i)))
                return false;
        return true;
    };
    // For "q OP constant" about the question itself: whether every value of its range passes.
    auto alwaysPassesInRange = [&](const Item &item, ExprId e) -> bool {
        const ExprNode &n = ex.node(e);
        if (n.argCount != 2 ||
            !(n.op == Op::Lt || n.op == Op::Le || n.op == Op::Gt || n.op == Op::Ge))
            return false;
        const ExprNode &l = ex.node(ex.arg(n, 0));
        const ExprNode &r = ex.node(ex.arg(n, 1));
        const bool selfLeft = l.op == Op::Ref && l.item == item.id && r.op == Op::Constant;
        const bool selfRight = r.op == Op::Ref && r.item == item.id && l.op == Op::Constant;
        if (!selfLeft && !selfRight)
            return false;
        const double c = ex.constants[size_t((selfLeft ? r : l).constant)].asNumber();
        Op op = n.op;
        if (selfRight) // c OP q  ==  q OP' c
            op = op == Op::Lt ? Op::Gt : op == Op::Le ? Op::Ge : op == Op::Gt ? Op::Lt : Op::Le;
        switch (op) {
        case Op::Lt:
            return item.max && *item.max < c;
        case Op::Le:
            return item.max && *item.max <= c;
        case Op::Gt:
            return item.min && *item.min > c;
        case Op::Ge:
            return item.min && *item.min >= c;
        default:
            return false;
        }
    };
    for (const Item &item : m_form->items) {
        for (const Validation &v : item.validations) {
            if (v.check == NoExpr)
                continue;
            bool never = false;
            QString why;
            if (isConstant(isConstant, v.check)) {
                warning(item.file, v.pointer + "/check",
                        Tr::tr("a validation of %1 does not depend on any answer, so it fires "
                               "always or never")
                            .arg(q(describe(item))));
                continue;
            } else if (item.isNumeric() && alwaysPassesInRange(item, v.check)) {
                never = true;
                why = Tr::tr("every answer inside the range of '%1' passes it").arg(q(item.name));
            }
            if (never)
                warning(
                    item.file, v.pointer + "/check",
                    Tr::tr("a validation of %1 can never fire: %2").arg(q(describe(item)), why));
        }
    }
}

LoadResult Loader::run(const std::string &path)
{
    LoadResult result;
    m_form->scopes.push_back(Scope{});
    std::optional<At> doc = readDocument(path, nullptr);
    if (doc) {
        const At &root = *doc;
        if (root->is_object() && root->contains("module") && !root->contains("form")) {
            m_diagnostics.error(path, "",
                                Tr::tr("this file is a module; validate the form that "
                                       "includes it")
                                    .toStdString());
        } else if (checkKeys(root, Tr::tr("the form").toStdString(),
                             {"$schema", "form", "version", "title", "languages",
                              "default_language", "notes", "constants", "option_sets",
                              "special_codes", "sections"},
                             {"sections"}) ||
                   root->is_object()) {
            readHeader(root);
            readDefinitions(root, false);
            m_includeStack.push_back(path);
            if (root.has("sections"))
                readSections(root["sections"], NoItem, RootScope, {});
            m_includeStack.pop_back();
            if (m_form->sections.empty() && root.has("sections"))
                error(root["sections"], Tr::tr("the form has no sections"));
        }
    }
    if (!m_diagnostics.hasErrors() || !m_form->items.empty()) {
        resolveNames();
        resolveSpecialCodes();
        computeDocumentOrder();
        compileExpressions();
        compileTexts();
        compileSkips();
        if (!m_diagnostics.hasErrors())
            buildGraph(*m_form, m_diagnostics);
        checkTranslations();
        if (!m_diagnostics.hasErrors())
            checkValidationsCanFire();
    }
    result.diagnostics = std::move(m_diagnostics);
    const Form &form = *m_form;
    result.diagnostics.locate([&form](const std::string &file) -> const std::string * {
        for (const SourceFile &s : form.sources)
            if (s.name == file)
                return &s.text;
        return nullptr;
    });
    if (!result.diagnostics.hasErrors())
        result.form = std::move(m_form);
    return result;
}

} // namespace

// ---------------------------------------------------------------------------------------------

FormLoader::ReadFile FormLoader::fileSystem()
{
    return [](const std::string &path, std::string &error) -> std::optional<std::string> {
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec)) {
            error = Tr::tr("it is a folder").toStdString();
            return std::nullopt;
        }
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            error = std::filesystem::exists(path, ec) ? Tr::tr("permission denied").toStdString()
                                                      : Tr::tr("no such file").toStdString();
            return std::nullopt;
        }
        std::ostringstream out;
        out << in.rdbuf();
        return out.str();
    };
}

FormLoader::ReadFile FormLoader::fromSources(std::vector<SourceFile> sources)
{
    return [sources = std::move(sources)](const std::string &path,
                                          std::string &error) -> std::optional<std::string> {
        for (const SourceFile &s : sources)
            if (s.name == path)
                return s.text;
        error = Tr::tr("not among the stored files of the form").toStdString();
        return std::nullopt;
    };
}

LoadResult FormLoader::loadFile(const std::string &path)
{
    return load(path, fileSystem());
}

LoadResult FormLoader::load(const std::string &path, const ReadFile &read)
{
    return Loader(read).run(path);
}

LoadResult FormLoader::loadSources(const std::vector<SourceFile> &sources)
{
    if (sources.empty()) {
        LoadResult result;
        result.diagnostics.error("", "", Tr::tr("no form definition").toStdString());
        return result;
    }
    return load(sources.front().name, fromSources(sources));
}

std::string FormLoader::resolveInclude(const std::string &from, const std::string &include)
{
    const std::filesystem::path base = std::filesystem::path(from).parent_path();
    return (base / include).lexically_normal().generic_string();
}

} // namespace enumera
