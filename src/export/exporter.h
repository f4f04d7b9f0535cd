// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON export for statistics offices: the codebook of each form version and the interviews,
// nested as the questionnaire is, with only the answers of relevant questions. The document is
// described in docs/export.md and by schema/export.schema.json.
#pragma once

#include "form/result.h"
#include "store/store.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace enumera {

struct ExportOptions
{
    // The statuses exported; discarded interviews never are.
    std::vector<InterviewStatus> statuses = {InterviewStatus::Completed, InterviewStatus::Approved};
    // Only interviews updated at or after this instant (ISO 8601 UTC as parseInstant gives it);
    // "" for no limit.
    std::string since;
    // Each interview's event log (paradata) beside its answers.
    bool paradata = false;
    // The time the document says it was made; now when empty. Tests fix it.
    std::optional<Timestamp> exportedAt;
};

struct ExportSummary
{
    int interviews = 0;
    int forms = 0;      // form versions, each with its codebook
    int statements = 0; // SQL statements run on the database, whatever the number of interviews
};

// Receives the document piece by piece; returns false when it cannot take more (a full disk).
using ExportSink = std::function<bool(std::string_view)>;

// Writes the export of the interviews of `store` that pass the filter of `options` to `sink`.
// The database is read in one read transaction, with one cursor per table, ordered by
// interview and merged; each interview is rebuilt in the engine (its relevance worked out once),
// written and forgotten before the next is read, so memory does not grow with the number of
// interviews. An interview that cannot be rebuilt stops the export with an error naming it.
Result<ExportSummary> writeExport(Store &store, const ExportOptions &options,
                                  const ExportSink &sink);

// Writes the export to the file `path` atomically: the file is replaced only once the whole
// document is written; after any failure, whatever was at `path` before is still there.
Result<ExportSummary> exportToFile(Store &store, const ExportOptions &options,
                                   const std::string &path);

// "2026-03-01", "2026-03-01T08:00:00Z", "2026-03-01T08:00:00.250-05:00": an instant, as
// ISO 8601 in UTC with milliseconds ("2026-03-01T13:00:00.250Z"). A time without an offset is
// taken as UTC.
Result<std::string> parseInstant(std::string_view text);

// "completed,approved" -> the statuses, each once, in the order in_progress, completed,
// rejected, approved.
Result<std::vector<InterviewStatus>> parseStatusList(std::string_view text);

} // namespace enumera
