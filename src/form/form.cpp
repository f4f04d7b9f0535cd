// SPDX-License-Identifier: GPL-3.0-or-later
#include "form.h"

#include <climits>

namespace enumera {

bool Text::isSet() const
{
    for (const auto &t : byLanguage)
        if (t)
            return true;
    return false;
}

const TextTemplate *Text::in(int language, int defaultLanguage) const
{
    if (language >= 0 && size_t(language) < byLanguage.size() && byLanguage[size_t(language)])
        return &*byLanguage[size_t(language)];
    if (defaultLanguage >= 0 && size_t(defaultLanguage) < byLanguage.size() &&
        byLanguage[size_t(defaultLanguage)])
        return &*byLanguage[size_t(defaultLanguage)];
    for (const auto &t : byLanguage)
        if (t)
            return &*t;
    return nullptr;
}

const Option *OptionSet::find(int code) const
{
    for (const Option &o : options)
        if (o.code == code)
            return &o;
    return nullptr;
}

const SpecialCodeDef *Item::specialCode(int code) const
{
    for (const SpecialCodeDef &s : specialCodes)
        if (s.code == code)
            return &s;
    return nullptr;
}

int32_t Graph::rank(ItemId item, Facet facet) const
{
    switch (facet) {
    case Facet::Relevance:
        return relevanceRank[size_t(item)];
    case Facet::Value:
        return valueRank[size_t(item)];
    case Facet::RowSet:
        return rowSetRank[size_t(item)];
    case Facet::Check:
        return sinkRank;
    case Facet::Text:
        return sinkRank + 1;
    }
    return INT_MAX;
}

ItemId Form::find(std::string_view name) const
{
    auto it = byName.find(std::string(name));
    return it == byName.end() ? NoItem : it->second;
}

int Form::languageIndex(std::string_view code) const
{
    for (size_t i = 0; i < languages.size(); ++i)
        if (languages[i] == code)
            return int(i);
    return -1;
}

const OptionSet *Form::options(const Item &question) const
{
    return question.optionSet >= 0 ? &optionSets[size_t(question.optionSet)] : nullptr;
}

bool Form::acceptsCode(const Item &question, int code) const
{
    if (const OptionSet *set = options(question); set && set->find(code))
        return true;
    return question.specialCode(code) != nullptr;
}

} // namespace enumera
