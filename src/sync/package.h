// SPDX-License-Identifier: GPL-3.0-or-later
// Sync without a network: the same exchange written to a file and carried. An enumerator's
// package is a signed request (interviews waiting, and a request for what the supervisor has);
// the supervisor's package is the signed answer (receipts, and interviews back, forms,
// assignments). Both are checked as network requests are: signature, checksum, protocol.
//
// A package file is one line "ENUMERA-SYNC-PACKAGE 1", one line of JSON (its header, with the
// signature), then the body's bytes; docs/sync.md describes it.
#pragma once

#include "enumeratorside.h"
#include "form/result.h"

#include <string>

namespace enumera {
class Store;
}

namespace enumera::sync {

enum class PackageKind { FromEnumerator, FromSupervisor };

struct PackageSummary
{
    int interviews = 0;    // interviews in the package
    bool replayed = false; // a package imported before (nothing was stored twice)
    Applied applied;       // what importing it did
    std::string enumerator;
};

Result<PackageKind> packageKind(const std::string &file);

// On the enumerator's laptop: the interviews waiting (completed ones; with
// `includeInProgress`, unfinished ones too), signed, and a request for what the supervisor has.
Result<PackageSummary> exportEnumeratorPackage(Store &store, const std::string &file,
                                               bool includeInProgress);
// On the supervisor's laptop: an enumerator's package, stored as a push over the network would
// be; the answer for the enumerator is written to `answerFile` (if not empty).
Result<PackageSummary> importEnumeratorPackage(Store &store, const std::string &file,
                                               const std::string &answerFile);
// On the supervisor's laptop: what an enumerator should receive, without a package from them.
Result<PackageSummary> exportSupervisorPackage(Store &store, const std::string &enumerator,
                                               const std::string &file);
// On the enumerator's laptop: the supervisor's answer: receipts mark interviews sent, and what
// the supervisor sent back is taken as a pull over the network would take it.
Result<PackageSummary> importSupervisorPackage(Store &store, const std::string &file);

} // namespace enumera::sync
