// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlocator.h"

#include <vector>

namespace enumera {

static std::vector<std::string> pointerTokens(std::string_view pointer)
{
    std::vector<std::string> tokens;
    size_t pos = 0;
    while (pos < pointer.size() && pointer[pos] == '/') {
        size_t next = pointer.find('/', pos + 1);
        if (next == std::string_view::npos)
            next = pointer.size();
        std::string token;
        for (size_t i = pos + 1; i < next; ++i) {
            if (pointer[i] == '~' && i + 1 < next) {
                token += pointer[i + 1] == '1' ? '/' : '~';
                ++i;
            } else {
                token += pointer[i];
            }
        }
        tokens.push_back(std::move(token));
        pos = next;
    }
    return tokens;
}

size_t JsonLocator::skipSpace(size_t pos) const
{
    while (pos < m_text.size() && (m_text[pos] == ' ' || m_text[pos] == '\t' ||
                                   m_text[pos] == '\n' || m_text[pos] == '\r'))
        ++pos;
    return pos;
}

size_t JsonLocator::skipString(size_t pos) const
{
    ++pos; // opening quote
    while (pos < m_text.size() && m_text[pos] != '"')
        pos += m_text[pos] == '\\' ? 2 : 1;
    return pos + 1;
}

std::string JsonLocator::readString(size_t pos, size_t &end) const
{
    // Keys are compared after decoding the simple escapes; \u escapes are kept as written,
    // which is enough to find keys, as form keys are plain ASCII.
    std::string out;
    ++pos;
    while (pos < m_text.size() && m_text[pos] != '"') {
        if (m_text[pos] == '\\' && pos + 1 < m_text.size()) {
            const char c = m_text[pos + 1];
            out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
            pos += 2;
        } else {
            out += m_text[pos++];
        }
    }
    end = pos + 1;
    return out;
}

size_t JsonLocator::skipValue(size_t pos) const
{
    pos = skipSpace(pos);
    if (pos >= m_text.size())
        return pos;
    const char c = m_text[pos];
    if (c == '"')
        return skipString(pos);
    if (c == '{' || c == '[') {
        int depth = 0;
        while (pos < m_text.size()) {
            const char d = m_text[pos];
            if (d == '"') {
                pos = skipString(pos);
                continue;
            }
            if (d == '{' || d == '[')
                ++depth;
            else if (d == '}' || d == ']') {
                if (--depth == 0)
                    return pos + 1;
            }
            ++pos;
        }
        return pos;
    }
    while (pos < m_text.size() && m_text[pos] != ',' && m_text[pos] != '}' && m_text[pos] != ']' &&
           m_text[pos] != ' ' && m_text[pos] != '\n' && m_text[pos] != '\r' && m_text[pos] != '\t')
        ++pos;
    return pos;
}

std::optional<size_t> JsonLocator::offsetOf(std::string_view pointer) const
{
    size_t pos = skipSpace(0);
    for (const std::string &token : pointerTokens(pointer)) {
        if (pos >= m_text.size())
            return std::nullopt;
        if (m_text[pos] == '{') {
            pos = skipSpace(pos + 1);
            bool found = false;
            while (pos < m_text.size() && m_text[pos] == '"') {
                size_t end = 0;
                const std::string key = readString(pos, end);
                pos = skipSpace(end);
                if (pos < m_text.size() && m_text[pos] == ':')
                    pos = skipSpace(pos + 1);
                if (key == token) {
                    found = true;
                    break;
                }
                pos = skipSpace(skipValue(pos));
                if (pos < m_text.size() && m_text[pos] == ',')
                    pos = skipSpace(pos + 1);
            }
            if (!found)
                return std::nullopt;
        } else if (m_text[pos] == '[') {
            size_t index = 0;
            for (char c : token) {
                if (c < '0' || c > '9')
                    return std::nullopt;
                index = index * 10 + size_t(c - '0');
            }
            pos = skipSpace(pos + 1);
            for (size_t i = 0; i < index; ++i) {
                if (pos >= m_text.size() || m_text[pos] == ']')
                    return std::nullopt;
                pos = skipSpace(skipValue(pos));
                if (pos < m_text.size() && m_text[pos] == ',')
                    pos = skipSpace(pos + 1);
            }
            if (pos >= m_text.size() || m_text[pos] == ']')
                return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    return pos;
}

size_t JsonLocator::offsetInString(size_t stringOffset, int column) const
{
    size_t pos = stringOffset + 1;
    for (int c = 1; c < column && pos < m_text.size() && m_text[pos] != '"'; ++c) {
        if (m_text[pos] == '\\')
            pos += m_text[pos + 1] == 'u' ? 6 : 2;
        else {
            ++pos;
            while (pos < m_text.size() && (static_cast<unsigned char>(m_text[pos]) & 0xC0) == 0x80)
                ++pos;
        }
    }
    return pos;
}

static std::string escapeToken(const std::string &key)
{
    std::string out;
    for (char c : key)
        out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
    return out;
}

size_t JsonLocator::scan(size_t pos, const std::string &pointer,
                         std::vector<std::string> *duplicates,
                         std::unordered_map<std::string, size_t> *offsets) const
{
    pos = skipSpace(pos);
    if (pos >= m_text.size())
        return pos;
    if (offsets)
        offsets->emplace(pointer, pos);
    if (m_text[pos] == '{') {
        std::vector<std::string> keys;
        pos = skipSpace(pos + 1);
        while (pos < m_text.size() && m_text[pos] == '"') {
            size_t end = 0;
            std::string key = readString(pos, end);
            const std::string child = pointer + '/' + escapeToken(key);
            if (duplicates)
                for (const std::string &k : keys)
                    if (k == key)
                        duplicates->push_back(child);
            keys.push_back(std::move(key));
            pos = skipSpace(end);
            if (pos < m_text.size() && m_text[pos] == ':')
                ++pos;
            pos = skipSpace(scan(pos, child, duplicates, offsets));
            if (pos < m_text.size() && m_text[pos] == ',')
                pos = skipSpace(pos + 1);
        }
        return pos + 1;
    }
    if (m_text[pos] == '[') {
        pos = skipSpace(pos + 1);
        for (size_t index = 0; pos < m_text.size() && m_text[pos] != ']'; ++index) {
            pos = skipSpace(scan(pos, pointer + '/' + std::to_string(index), duplicates, offsets));
            if (pos < m_text.size() && m_text[pos] == ',')
                pos = skipSpace(pos + 1);
        }
        return pos + 1;
    }
    return skipValue(pos);
}

std::vector<std::string> JsonLocator::duplicateKeys() const
{
    std::vector<std::string> out;
    scan(0, "", &out, nullptr);
    return out;
}

std::unordered_map<std::string, size_t> JsonLocator::index() const
{
    std::unordered_map<std::string, size_t> out;
    scan(0, "", nullptr, &out);
    return out;
}

std::pair<int, int> JsonLocator::lineColumn(size_t offset) const
{
    return lineColumn(m_text, offset);
}

std::pair<int, int> JsonLocator::lineColumn(std::string_view text, size_t offset)
{
    int line = 1, column = 1;
    for (size_t i = 0; i < offset && i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

} // namespace enumera
