// SPDX-License-Identifier: GPL-3.0-or-later
// Shows that the scenario suite bites: applies one mutant (a JSON Patch that reverses one routing
// decision) to the questionnaire, checks that the mutated form is still valid, runs every
// scenario, and succeeds only if at least one expectation fails.
//
//   enumera_mutant_check MUTANT.json FORM.json SCENARIO.jsonl...

#include "form/formloader.h"
#include "scenario/script.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

using namespace enumera;
using json = nlohmann::json;

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::cerr << "usage: enumera_mutant_check MUTANT.json FORM.json SCENARIO.jsonl...\n";
        return 2;
    }
    std::ifstream in(argv[1]);
    const json mutant = json::parse(in);
    const std::string target = mutant.at("file");
    const std::string formPath = argv[2];
    // The mutant names its file relative to the repository; the form is given by path.
    const std::filesystem::path root = std::filesystem::path(formPath).parent_path().parent_path();
    const std::string mutated = (root / target).lexically_normal().generic_string();
    bool patched = false;
    const FormLoader::ReadFile base = FormLoader::fileSystem();
    FormLoader::ReadFile read = [&](const std::string &path,
                                    std::string &error) -> std::optional<std::string> {
        std::optional<std::string> text = base(path, error);
        if (!text || std::filesystem::path(path).lexically_normal().generic_string() != mutated)
            return text;
        patched = true;
        return json::parse(*text).patch(mutant.at("patch")).dump(2);
    };
    const LoadResult loaded = FormLoader::load(formPath, read);
    std::cout << "mutant: " << mutant.value("decision", std::string(argv[1])) << '\n';
    if (!patched) {
        std::cout << "the mutant's file " << target << " was not read by " << formPath << '\n';
        return 1;
    }
    if (!loaded.form) {
        std::cout << "the mutated form does not load:\n" << loaded.diagnostics.formatAll();
        return 1;
    }
    Tally tally;
    for (int i = 3; i < argc; ++i) {
        Result<Script> script = readScript(argv[i]);
        if (!script) {
            std::cout << script.error() << '\n';
            return 1;
        }
        runScenario(loaded.form, *script, tally);
    }
    for (const Failure &f : tally.failures)
        std::cout << "caught by " << f.format() << '\n';
    std::cout << tally.passed << " passed, " << tally.failures.size() << " failed\n";
    if (tally.failures.empty()) {
        std::cout << "no scenario notices this mutant: the decision it reverses is not tested\n";
        return 1;
    }
    return 0;
}
