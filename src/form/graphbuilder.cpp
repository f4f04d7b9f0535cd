// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphbuilder.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <set>

namespace enumera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FormLoader)
};

// Ranked nodes: three per item.
constexpr int FacetsRanked = 3;
int node(ItemId item, Facet facet)
{
    return int(item) * FacetsRanked + int(facet);
}

struct Source
{
    bool rowSet = false; // a roster's rows, rather than a question's value
    ItemId item = NoItem;
    // For a question read inside a roster function: the scope that function iterates from
    // (that of the outermost one). A change in any row it iterates over reaches every context
    // that can see those rows, not only the row that changed.
    ScopeId via = -1;
    bool operator<(const Source &o) const
    {
        return std::tie(rowSet, item, via) < std::tie(o.rowSet, o.item, o.via);
    }
};

void collectSources(const Form &form, ExprId e, std::set<Source> &out, ScopeId via = -1)
{
    if (e == NoExpr)
        return;
    const Expressions &ex = form.expressions;
    const ExprNode &n = ex.node(e);
    switch (n.op) {
    case Op::Ref:
        out.insert({false, n.item, via});
        break;
    case Op::Rows:
    case Op::Count:
    case Op::Any:
    case Op::All:
    case Op::Sum:
        out.insert({true, n.item, -1});
        if (via < 0)
            via = form.item(n.item).scope;
        break;
    default:
        break;
    }
    for (int i = 0; i < n.argCount; ++i)
        collectSources(form, ex.arg(n, i), out, via);
}

void collectTemplate(const Form &form, const Text &text, std::set<Source> &out)
{
    for (const auto &t : text.byLanguage)
        if (t)
            for (const auto &segment : t->segments)
                collectSources(form, segment.expr, out);
}

ScopeId commonScope(const Form &form, ScopeId a, ScopeId b)
{
    while (form.scopes[size_t(a)].depth > form.scopes[size_t(b)].depth)
        a = form.scopes[size_t(a)].parent;
    while (form.scopes[size_t(b)].depth > form.scopes[size_t(a)].depth)
        b = form.scopes[size_t(b)].parent;
    while (a != b) {
        a = form.scopes[size_t(a)].parent;
        b = form.scopes[size_t(b)].parent;
    }
    return a;
}

} // namespace

void buildGraph(Form &form, Diagnostics &diagnostics)
{
    const size_t itemCount = form.items.size();
    Graph &g = form.graph;
    g.valueDependents.assign(itemCount, {});
    g.rowSetDependents.assign(itemCount, {});

    const int nodeCount = int(itemCount) * FacetsRanked;
    std::vector<bool> exists(static_cast<size_t>(nodeCount), false);
    std::vector<std::vector<int>> successors(static_cast<size_t>(nodeCount));
    auto rankEdge = [&](int from, int to) {
        successors[size_t(from)].push_back(to);
    };

    for (const Item &item : form.items) {
        exists[size_t(node(item.id, Facet::Relevance))] = true;
        if (item.type == QuestionType::Calculated && item.isQuestion())
            exists[size_t(node(item.id, Facet::Value))] = true;
        if (item.kind == ItemKind::Roster)
            exists[size_t(node(item.id, Facet::RowSet))] = true;
    }

    auto addEdge = [&](const Source &source, ItemId target, Facet facet) {
        const Item &s = form.item(source.item);
        const Item &t = form.item(target);
        ScopeId common = commonScope(form, s.scope, t.scope);
        if (source.via >= 0)
            common = commonScope(form, common, source.via);
        Edge edge;
        edge.target = target;
        edge.facet = facet;
        edge.up = int8_t(form.scopes[size_t(s.scope)].depth - form.scopes[size_t(common)].depth);
        edge.down = int8_t(form.scopes[size_t(t.scope)].depth - form.scopes[size_t(common)].depth);
        auto &list = source.rowSet ? g.rowSetDependents[size_t(source.item)]
                                   : g.valueDependents[size_t(source.item)];
        for (const Edge &e : list)
            if (e.target == edge.target && e.facet == edge.facet)
                return;
        list.push_back(edge);
        if (facet == Facet::Check || facet == Facet::Text)
            return;
        const int to = node(target, facet);
        if (source.rowSet) {
            rankEdge(node(source.item, Facet::RowSet), to);
        } else {
            rankEdge(node(source.item, Facet::Relevance), to);
            if (s.type == QuestionType::Calculated && s.isQuestion())
                rankEdge(node(source.item, Facet::Value), to);
        }
    };

    for (const Item &item : form.items) {
        std::set<Source> sources;
        for (ExprId e : item.relevance)
            collectSources(form, e, sources);
        for (const Source &s : sources)
            addEdge(s, item.id, Facet::Relevance);

        if (item.calculation != NoExpr) {
            sources.clear();
            collectSources(form, item.calculation, sources);
            for (const Source &s : sources)
                addEdge(s, item.id, Facet::Value);
        }
        sources.clear();
        for (const Validation &v : item.validations)
            collectSources(form, v.check, sources);
        for (const Source &s : sources)
            addEdge(s, item.id, Facet::Check);

        sources.clear();
        collectTemplate(form, item.label, sources);
        collectTemplate(form, item.hint, sources);
        collectTemplate(form, item.instruction, sources);
        for (const Source &s : sources)
            addEdge(s, item.id, Facet::Text);

        // Structure: a container's relevance is inherited by what it contains.
        if (item.parent != NoItem) {
            const Item &parent = form.item(item.parent);
            rankEdge(parent.kind == ItemKind::Roster ? node(parent.id, Facet::RowSet)
                                                     : node(parent.id, Facet::Relevance),
                     node(item.id, Facet::Relevance));
        }
        if (item.kind == ItemKind::Roster) {
            rankEdge(node(item.id, Facet::Relevance), node(item.id, Facet::RowSet));
            if (item.sizeQuestion != NoItem)
                addEdge({false, item.sizeQuestion}, item.id, Facet::RowSet);
        }
    }

    // Kahn's algorithm gives the order; what it cannot order is in a cycle.
    std::vector<int> indegree(size_t(nodeCount), 0);
    for (int n = 0; n < nodeCount; ++n)
        for (int m : successors[size_t(n)])
            ++indegree[size_t(m)];
    std::vector<int> ready;
    for (int n = 0; n < nodeCount; ++n)
        if (exists[size_t(n)] && indegree[size_t(n)] == 0)
            ready.push_back(n);
    std::vector<int32_t> rank(size_t(nodeCount), -1);
    int32_t next = 0;
    // Ready nodes are taken in document order, so ranks follow the form where they can.
    std::reverse(ready.begin(), ready.end());
    while (!ready.empty()) {
        const int n = ready.back();
        ready.pop_back();
        rank[size_t(n)] = next++;
        for (int m : successors[size_t(n)])
            if (--indegree[size_t(m)] == 0)
                ready.push_back(m);
    }
    g.relevanceRank.assign(itemCount, 0);
    g.valueRank.assign(itemCount, 0);
    g.rowSetRank.assign(itemCount, 0);
    for (size_t i = 0; i < itemCount; ++i) {
        g.relevanceRank[i] = rank[size_t(node(ItemId(i), Facet::Relevance))];
        g.valueRank[i] = rank[size_t(node(ItemId(i), Facet::Value))];
        g.rowSetRank[i] = rank[size_t(node(ItemId(i), Facet::RowSet))];
    }
    g.sinkRank = next;

    // What Kahn's algorithm could not order is in a cycle or downstream of one. Tarjan's
    // algorithm finds the cycles themselves (strongly connected components); each is reported
    // once, naming its members in the order they depend on each other.
    std::vector<int> index(size_t(nodeCount), -1), low(size_t(nodeCount), 0);
    std::vector<int> component(size_t(nodeCount), -1);
    std::vector<bool> onStack(size_t(nodeCount), false);
    std::vector<int> stack;
    int counter = 0, components = 0;
    auto unresolved = [&](int n) {
        return exists[size_t(n)] && rank[size_t(n)] < 0;
    };
    for (int root = 0; root < nodeCount; ++root) {
        if (!unresolved(root) || index[size_t(root)] >= 0)
            continue;
        std::vector<std::pair<int, size_t>> work{{root, 0}}; // node, next successor to visit
        index[size_t(root)] = low[size_t(root)] = counter++;
        stack.push_back(root);
        onStack[size_t(root)] = true;
        while (!work.empty()) {
            auto &[v, i] = work.back();
            const auto &succ = successors[size_t(v)];
            if (i < succ.size()) {
                const int w = succ[i++];
                if (!unresolved(w))
                    continue;
                if (index[size_t(w)] < 0) {
                    index[size_t(w)] = low[size_t(w)] = counter++;
                    stack.push_back(w);
                    onStack[size_t(w)] = true;
                    work.push_back({w, 0});
                } else if (onStack[size_t(w)]) {
                    low[size_t(v)] = std::min(low[size_t(v)], index[size_t(w)]);
                }
                continue;
            }
            const int done = v;
            work.pop_back();
            if (!work.empty())
                low[size_t(work.back().first)] =
                    std::min(low[size_t(work.back().first)], low[size_t(done)]);
            if (low[size_t(done)] == index[size_t(done)]) {
                int w = -1;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[size_t(w)] = false;
                    component[size_t(w)] = components;
                } while (w != done);
                ++components;
            }
        }
    }
    auto facetName = [](int n) {
        switch (Facet(n % FacetsRanked)) {
        case Facet::Relevance:
            return Tr::tr("relevance");
        case Facet::Value:
            return Tr::tr("calculation");
        default:
            return Tr::tr("rows");
        }
    };
    std::vector<bool> reported(size_t(components), false);
    for (int start = 0; start < nodeCount; ++start) {
        if (!unresolved(start) || reported[size_t(component[size_t(start)])])
            continue;
        const int c = component[size_t(start)];
        // Walk inside the component until a node repeats: the loop from there is a cycle.
        std::vector<int> path;
        std::vector<int> position(size_t(nodeCount), -1);
        int current = start;
        while (current >= 0 && position[size_t(current)] < 0) {
            position[size_t(current)] = int(path.size());
            path.push_back(current);
            int following = -1;
            for (int m : successors[size_t(current)])
                if (unresolved(m) && component[size_t(m)] == c) {
                    following = m;
                    break;
                }
            current = following;
        }
        if (current < 0)
            continue; // a single node without a loop: downstream of a cycle, not in one
        reported[size_t(c)] = true;
        const std::vector<int> cycle(path.begin() + position[size_t(current)], path.end());
        QStringList names;
        for (int n : cycle)
            names << QStringLiteral("'%1' (%2)")
                         .arg(QString::fromStdString(form.item(ItemId(n / FacetsRanked)).name),
                              facetName(n));
        names << QStringLiteral("'%1'").arg(
            QString::fromStdString(form.item(ItemId(cycle.front() / FacetsRanked)).name));
        const Item &first = form.item(ItemId(cycle.front() / FacetsRanked));
        diagnostics.error(form.sources[size_t(first.file)].name, first.pointer,
                          Tr::tr("these items depend on each other in a cycle: %1")
                              .arg(names.join(QStringLiteral(" -> ")))
                              .toStdString());
    }
}

} // namespace enumera
