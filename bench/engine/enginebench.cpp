// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the engine on a synthetic form from bench/peers/gen.mjs, the way bench.mjs measures
// the peer engines: load (form text to a ready interview), fill (answer in order, reading
// relevance first; integers checked), the reference counts, retained memory, and the cost of
// adding roster rows as the roster grows. Prints one JSON object.
//
//   enumera_engine_bench --form form-N-R.enumera.json --plan plan-N-R.json
//                        [--runs 5] [--warmup 2] [--rows 500] [--check]
//
// --check exits 1 unless the counts match the plan's expected ones (the CTest smoke pass).

#include "form/formloader.h"
#include "interview/interview.h"

#include <nlohmann/json.hpp>

#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

using namespace enumera;
using json = nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

struct Planned
{
    std::string id;
    bool integer = false;
    Value value;
};

struct Plan
{
    std::vector<Planned> questions;
    std::string roster;
    std::vector<std::vector<Planned>> rows;
    json expected;
};

Value planValue(const std::string &type, const json &v)
{
    if (type == "multi")
        return Value::codes(v.get<CodeSet>());
    if (type == "text")
        return Value::text(v.get<std::string>());
    return Value::number(v.get<double>());
}

Plan readPlan(const json &j)
{
    Plan plan;
    for (const json &q : j["questions"])
        plan.questions.push_back({q["id"], q["type"] == "int", planValue(q["type"], q["answer"])});
    plan.roster = j["roster"]["id"];
    for (const json &row : j["roster"]["rows"]) {
        std::vector<Planned> answers;
        for (const json &q : j["roster"]["questions"])
            answers.push_back({q["id"], q["type"] == "int",
                               planValue(q["type"], row[q["id"].get<std::string>()])});
        plan.rows.push_back(std::move(answers));
    }
    plan.expected = j["expected"];
    return plan;
}

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << "cannot read " << path << '\n';
        std::exit(2);
    }
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

double ms(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t m = v.size() / 2;
    return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

size_t heapInUse()
{
    return mallinfo2().uordblks;
}

struct Counts
{
    int answered = 0;
    int invalid = 0;
};

// The fill, as the peers do it: look each question up by name, answer it if it is relevant.
Counts fill(Interview &interview, const Plan &plan)
{
    Counts c;
    const Form &form = interview.form();
    auto answer = [&](const Instance &at, const Planned &q) {
        if (!interview.isRelevant(at))
            return;
        const SetResult r = interview.setAnswer(at, q.value);
        ++c.answered;
        if (q.integer && r.outcome == Outcome::OutOfRange)
            ++c.invalid;
    };
    for (const Planned &q : plan.questions)
        answer(interview.top(form.find(q.id)), q);
    const Instance roster = interview.top(form.find(plan.roster));
    for (const auto &row : plan.rows) {
        const Row *added = *interview.addRow(roster);
        for (const Planned &q : row)
            answer(interview.at(*added, form.find(q.id)), q);
    }
    return c;
}

int countVisible(const Interview &interview)
{
    int n = 0;
    interview.forEachInstance([&](const Instance &i) {
        n += interview.form().item(i.item).isQuestion() && interview.isRelevant(i);
        return true;
    });
    return n;
}

} // namespace

int main(int argc, char **argv)
{
    std::string formPath, planPath;
    int runs = 5, warmup = -1, rosterRows = 500;
    bool check = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << a << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--form")
            formPath = next();
        else if (a == "--plan")
            planPath = next();
        else if (a == "--runs")
            runs = std::stoi(next());
        else if (a == "--warmup")
            warmup = std::stoi(next());
        else if (a == "--rows")
            rosterRows = std::stoi(next());
        else if (a == "--check")
            check = true;
        else {
            std::cerr << "unknown option " << a << '\n';
            return 2;
        }
    }
    if (formPath.empty() || planPath.empty()) {
        std::cerr << "usage: enumera_engine_bench --form FILE --plan FILE [--runs N] [--warmup N] "
                     "[--rows N] [--check]\n";
        return 2;
    }
    const std::string source = readFile(formPath);
    const Plan plan = readPlan(json::parse(readFile(planPath)));
    const int n = int(plan.questions.size());
    if (warmup < 0)
        warmup = n <= 100 ? 5 : n <= 1000 ? 2 : 1;

    std::vector<double> loads, fills, perAnswer, retained;
    Counts counts;
    int visible = 0;
    for (int run = 0; run < warmup + runs; ++run) {
        malloc_trim(0);
        const size_t heap0 = heapInUse();
        const auto t0 = Clock::now();
        LoadResult loaded = FormLoader::loadSources({{formPath, source}});
        if (!loaded.form) {
            std::cerr << loaded.diagnostics.formatAll();
            return 1;
        }
        auto interview = std::make_unique<Interview>(loaded.form);
        const auto t1 = Clock::now();
        const Counts c = fill(*interview, plan);
        const auto t2 = Clock::now();
        if (run == 0) {
            counts = c;
            visible = countVisible(*interview);
        }
        if (run >= warmup) {
            loads.push_back(ms(t0, t1));
            fills.push_back(ms(t1, t2));
            perAnswer.push_back(ms(t1, t2) * 1000.0 / c.answered);
            loaded.diagnostics = Diagnostics(); // what remains is the form and the interview
            retained.push_back(double(heapInUse() - heap0) / (1024.0 * 1024.0));
        }
    }

    // Adding rows as the roster grows: each add timed alone, medians over blocks of 50.
    json blocks = json::array();
    double firstBlock = 0, lastBlock = 0;
    if (rosterRows > 0) {
        LoadResult loaded = FormLoader::loadSources({{formPath, source}});
        Interview interview(loaded.form);
        const Instance roster = interview.top(loaded.form->find(plan.roster));
        std::vector<double> block;
        for (int row = 1; row <= rosterRows; ++row) {
            const auto a = Clock::now();
            interview.addRow(roster);
            const auto b = Clock::now();
            block.push_back(ms(a, b) * 1000.0);
            if (row % 50 == 0) {
                const double m = median(block);
                blocks.push_back({{"rows", std::to_string(row - 49) + "-" + std::to_string(row)},
                                  {"median_us", m}});
                if (row == 50)
                    firstBlock = m;
                lastBlock = m;
                block.clear();
            }
        }
    }

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const json &e = plan.expected;
    const bool matches = counts.answered == e["answered"].get<int>() &&
                         counts.invalid == e["invalid"].get<int>() &&
                         visible == e["answered"].get<int>();
    const json out = {
        {"engine", "enumera"},
        {"N", n},
        {"R", plan.rows.size()},
        {"runs", runs},
        {"warmup", warmup},
        {"source_bytes", source.size()},
        {"load_ms", median(loads)},
        {"fill_ms", median(fills)},
        {"us_per_answer", median(perAnswer)},
        {"load_ms_runs", loads},
        {"fill_ms_runs", fills},
        {"answered", counts.answered},
        {"invalid", counts.invalid},
        {"visible_after_fill", visible},
        {"expected", e},
        {"matches_reference", matches},
        {"heap_retained_MB", median(retained)},
        {"maxrss_process_MB", double(usage.ru_maxrss) / 1024.0},
        {"roster_add_blocks", blocks},
        {"roster_add_ratio_last_first", firstBlock > 0 ? lastBlock / firstBlock : 0.0},
    };
    std::cout << out.dump() << '\n';
    return check && !matches ? 1 : 0;
}
