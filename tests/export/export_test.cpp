// SPDX-License-Identifier: GPL-3.0-or-later
// The export, on real SQLite files filled by scripted interviews through the store. The
// expected files under tests/export/expected/ were written by hand from the questionnaires
// (forms/household-survey.json and its module, tests/export/forms/codebook-form.json) and the
// scripts (tests/export/scripts/), before the exporter was first run on them, then indented by
// a JSON formatter. They are not copies of the program's output.
#include "export/exporter.h"
#include "scenario/script.h"
#include "store/session.h"
#include "support/inlineform.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gmock/gmock.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include "store/sessiontarget.h"
#include <fstream>
#include <set>
#include <sstream>

using namespace enumera;
using namespace enumera::testing;
using ::testing::HasSubstr;
using ordered_json = nlohmann::ordered_json;

namespace {

const std::string Repo = ENUMERA_REPO;

std::string readText(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string replaced(std::string text, const std::string &what, const std::string &with)
{
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at))
        text.replace(at, what.size(), with), at += with.size();
    return text;
}

int64_t msOf(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

// Loads a form from `folder` under fixed file names, so that its hash does not depend on where
// the repository is.
std::shared_ptr<const Form> loadForm(const std::string &folder, const std::string &file)
{
    LoadResult r = FormLoader::load(file, [folder](const std::string &name, std::string &error) {
        std::ifstream in(folder + "/" + name, std::ios::binary);
        if (!in) {
            error = "cannot read " + name;
            return std::optional<std::string>();
        }
        std::ostringstream s;
        s << in.rdbuf();
        return std::optional<std::string>(s.str());
    });
    EXPECT_FALSE(r.diagnostics.hasErrors()) << r.diagnostics.formatAll();
    return r.form;
}

class ExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath("enumera.db").toStdString();
        store = open(path);
        ASSERT_TRUE(store);
    }

    // A store whose clock and ids the test sets: ids ...0001, ...0002 in order of creation.
    std::unique_ptr<Store> open(const std::string &file)
    {
        Store::Options options;
        options.clock = [this] {
            return Timestamp{QDateTime::fromMSecsSinceEpoch(now, Qt::UTC)
                                 .toString(Qt::ISODateWithMs)
                                 .toStdString(),
                             offset};
        };
        options.newId = [this] {
            char id[40];
            std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", nextId++);
            return std::string(id);
        };
        Result<std::unique_ptr<Store>> s = Store::open(file, options);
        EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error());
        return s.ok() ? std::move(*s) : nullptr;
    }

    // A new interview, started at `start` by E07, with the steps of `script` applied one every
    // 20 seconds. Returns the open session.
    std::unique_ptr<InterviewSession> interview(const std::shared_ptr<const Form> &form,
                                                const std::string &script,
                                                const std::string &household, const char *start,
                                                int offsetMinutes)
    {
        now = msOf(start);
        offset = offsetMinutes;
        Result<std::unique_ptr<InterviewSession>> s =
            InterviewSession::create(*store, form, household, "E07");
        EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error());
        if (!s)
            return nullptr;
        Result<Script> steps = readScript(script);
        EXPECT_TRUE(steps.ok()) << (steps.ok() ? "" : steps.error());
        if (!steps)
            return nullptr;
        SessionTarget target(**s);
        for (const Step &step : steps->steps) {
            if (step.kind == Step::Kind::Expect)
                continue;
            now += 20000;
            const Status applied = applyStep(target, step);
            EXPECT_TRUE(applied.ok()) << script << ':' << step.line << ": " << applied.error();
        }
        return std::move(*s);
    }

    // A new interview by E07, at the clock's time.
    std::unique_ptr<InterviewSession> create(const std::shared_ptr<const Form> &form,
                                             const std::string &householdId)
    {
        Result<std::unique_ptr<InterviewSession>> s =
            InterviewSession::create(*store, form, householdId, "E07");
        EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error());
        return s.ok() ? std::move(*s) : nullptr;
    }

    void completeAfter(InterviewSession &s, int seconds)
    {
        now += int64_t(seconds) * 1000;
        const Status done = s.complete();
        ASSERT_TRUE(done.ok()) << done.error();
    }

    void setStatus(const std::string &id, const std::string &user, InterviewStatus status,
                   int64_t at, int offsetMinutes, const std::string &reason = {})
    {
        now = at;
        offset = offsetMinutes;
        const Status s = store->setStatus(id, user, status, reason);
        ASSERT_TRUE(s.ok()) << s.error();
    }

    // The five households of tests/export/scripts/ (see each script's first lines).
    void interviewFiveHouseholds()
    {
        survey = loadForm(Repo + "/forms", "household-survey.json");
        ASSERT_TRUE(survey);
        const std::string scripts = Repo + "/tests/export/scripts/";
        auto h1 =
            interview(survey, scripts + "H-0001.jsonl", "H-0001", "2026-03-02T13:00:00.000Z", -180);
        ASSERT_TRUE(h1);
        completeAfter(*h1, 3600);
        setStatus(h1->id(), "S01", InterviewStatus::Approved, now + 86400 * 1000LL, 0);
        auto h2 =
            interview(survey, scripts + "H-0002.jsonl", "H-0002", "2026-03-03T13:00:00.000Z", -180);
        ASSERT_TRUE(h2);
        completeAfter(*h2, 3600);
        auto h3 =
            interview(survey, scripts + "H-0003.jsonl", "H-0003", "2026-03-04T13:00:00.000Z", -180);
        ASSERT_TRUE(h3);
        completeAfter(*h3, 3600);
        auto h4 =
            interview(survey, scripts + "H-0004.jsonl", "H-0004", "2026-03-05T13:00:00.000Z", -180);
        ASSERT_TRUE(h4);
        auto h5 =
            interview(survey, scripts + "H-0005.jsonl", "H-0005", "2026-03-06T13:00:00.000Z", -180);
        ASSERT_TRUE(h5);
        completeAfter(*h5, 60);
        now += 60000;
        ASSERT_TRUE(store->setDiscarded(h5->id(), "S01", true).ok());
    }

    ExportOptions fixed() const
    {
        ExportOptions o;
        o.exportedAt = Timestamp{"2026-03-10T12:00:00.000Z", -180};
        return o;
    }

    // The document as text, and the number of pieces it came in.
    std::string exported(const ExportOptions &options, size_t *largestPiece = nullptr)
    {
        std::string out;
        Result<ExportSummary> r = writeExport(*store, options, [&](std::string_view piece) {
            if (largestPiece)
                *largestPiece = std::max(*largestPiece, piece.size());
            out.append(piece);
            return true;
        });
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error());
        return out;
    }

    static ordered_json parse(const std::string &text)
    {
        ordered_json j = ordered_json::parse(text, nullptr, false);
        EXPECT_FALSE(j.is_discarded()) << "the export is not valid JSON";
        return j;
    }

    static std::vector<std::string> households(const ordered_json &document)
    {
        std::vector<std::string> out;
        for (const auto &i : document["interviews"])
            out.push_back(i["household"].get<std::string>());
        return out;
    }

    QTemporaryDir dir;
    std::string path;
    int64_t now = 0;
    int offset = 0;
    int nextId = 1;
    std::unique_ptr<Store> store;
    std::shared_ptr<const Form> survey;
};

} // namespace

// --- Golden files written by hand -------------------------------------------------------------

TEST_F(ExportTest, householdSurveyExportIsTheOneWrittenByHand)
{
    interviewFiveHouseholds();
    const std::string text = exported(fixed());
    ordered_json actual = parse(text);

    // The writer indents as JSON tools do: the text is the document printed the standard way.
    EXPECT_EQ(text, actual.dump(2) + "\n");

    // The expected codebook holds a few variables, written out in full; the others are checked
    // by name and order here, and by the schema.
    const std::vector<std::string> variables = {"household_id",
                                                "interview_date",
                                                "consent",
                                                "name",
                                                "sex",
                                                "age",
                                                "relationship",
                                                "worked_7d",
                                                "worked_12m",
                                                "days_per_week",
                                                "hours_per_day",
                                                "q1",
                                                "q2_1",
                                                "q2_1_other",
                                                "q2_2",
                                                "q2_2_other",
                                                "q2_3",
                                                "q2_4",
                                                "q2_4_other",
                                                "q2_5",
                                                "q3",
                                                "q3_other",
                                                "q4",
                                                "q5",
                                                "q6",
                                                "q7",
                                                "q8a",
                                                "q9a",
                                                "q9a_other",
                                                "q8b",
                                                "q9b",
                                                "q9b_other",
                                                "q10",
                                                "q11",
                                                "q11_other",
                                                "q12",
                                                "q13a",
                                                "q13b",
                                                "q13c",
                                                "q13d",
                                                "q13e",
                                                "q13f",
                                                "q14",
                                                "q15",
                                                "q16",
                                                "q16_other",
                                                "q17",
                                                "q18",
                                                "q19",
                                                "q19_other",
                                                "q20",
                                                "q21",
                                                "q21_text",
                                                "q22",
                                                "q23",
                                                "q24",
                                                "q25",
                                                "q26",
                                                "q27",
                                                "q28a",
                                                "q28b",
                                                "q28c",
                                                "q28d",
                                                "q29a",
                                                "q29b",
                                                "q29c",
                                                "q29d",
                                                "q29e",
                                                "q29f",
                                                "q29g",
                                                "q29h",
                                                "q29i",
                                                "q29j",
                                                "q29k",
                                                "q29l",
                                                "q29m",
                                                "q30",
                                                "q31"};
    std::vector<std::string> names;
    for (const auto &v : actual["forms"][0]["variables"])
        names.push_back(v["name"].get<std::string>());
    EXPECT_EQ(names, variables);

    const std::string expectedText =
        replaced(replaced(readText(Repo + "/tests/export/expected/household.json"),
                          "@ENUMERA_VERSION@", ENUMERA_VERSION),
                 "@FORM_HASH@", Store::hashOf(*survey));
    const ordered_json expected = parse(expectedText);
    std::set<std::string> written;
    for (const auto &v : expected["forms"][0]["variables"])
        written.insert(v["name"].get<std::string>());
    ordered_json kept = ordered_json::array();
    for (const auto &v : actual["forms"][0]["variables"])
        if (written.count(v["name"].get<std::string>()))
            kept.push_back(v);
    actual["forms"][0]["variables"] = kept;
    EXPECT_EQ(actual.dump(2) + "\n", expectedText);
}

TEST_F(ExportTest, codebookOfEveryKindOfVariableWithParadataIsTheOneWrittenByHand)
{
    const auto form = loadForm(Repo + "/tests/export/forms", "codebook-form.json");
    ASSERT_TRUE(form);
    auto s = interview(form, Repo + "/tests/export/scripts/codebook-form.jsonl", "CB-01",
                       "2026-02-28T15:00:00.000Z", -300);
    ASSERT_TRUE(s);
    completeAfter(*s, 3600);
    ExportOptions options = fixed();
    options.paradata = true;
    const std::string expected =
        replaced(replaced(readText(Repo + "/tests/export/expected/codebook-form.json"),
                          "@ENUMERA_VERSION@", ENUMERA_VERSION),
                 "@FORM_HASH@", Store::hashOf(*form));
    EXPECT_EQ(exported(options), expected);
}

// --- What is exported ---------------------------------------------------------------------------

TEST_F(ExportTest, statusesChooseTheInterviewsAndDiscardedOnesNeverAppear)
{
    interviewFiveHouseholds();
    ExportOptions o = fixed();
    EXPECT_THAT(households(parse(exported(o))),
                ::testing::ElementsAre("H-0001", "H-0002", "H-0003"));
    o.statuses = {InterviewStatus::InProgress};
    EXPECT_THAT(households(parse(exported(o))), ::testing::ElementsAre("H-0004"));
    o.statuses = {InterviewStatus::Approved};
    EXPECT_THAT(households(parse(exported(o))), ::testing::ElementsAre("H-0001"));
    o.statuses = {InterviewStatus::InProgress, InterviewStatus::Completed,
                  InterviewStatus::Rejected, InterviewStatus::Approved};
    const ordered_json all = parse(exported(o));
    EXPECT_THAT(households(all), ::testing::ElementsAre("H-0001", "H-0002", "H-0003", "H-0004"))
        << "H-0005 is discarded";
    EXPECT_EQ(all["interview_count"], 4);
    EXPECT_EQ(all["filter"]["statuses"],
              ordered_json({"in_progress", "completed", "rejected", "approved"}));

    // Restored, it is exported again.
    ASSERT_TRUE(store->setDiscarded("00000000-0000-4000-8000-000000000005", "S01", false).ok());
    EXPECT_THAT(households(parse(exported(o))),
                ::testing::ElementsAre("H-0001", "H-0002", "H-0003", "H-0004", "H-0005"));
}

TEST_F(ExportTest, sinceKeepsInterviewsUpdatedAtOrAfterThatInstant)
{
    interviewFiveHouseholds();
    ExportOptions o = fixed();
    o.statuses = {InterviewStatus::InProgress, InterviewStatus::Completed,
                  InterviewStatus::Approved};
    // H-0002 was last updated at 2026-03-03T14:01:00.000Z (completed), H-0001 the same day at
    // 14:30:40 (approved), H-0003 on 03-04, H-0004 on 03-05.
    o.since = parseInstant("2026-03-03T14:01:00Z").value();
    EXPECT_THAT(households(parse(exported(o))),
                ::testing::ElementsAre("H-0001", "H-0002", "H-0003", "H-0004"));
    o.since = parseInstant("2026-03-03T14:01:00.001Z").value();
    EXPECT_THAT(households(parse(exported(o))),
                ::testing::ElementsAre("H-0001", "H-0003", "H-0004"));
    o.since = parseInstant("2026-03-03T11:30:41-03:00").value(); // 14:30:41 UTC
    EXPECT_THAT(households(parse(exported(o))), ::testing::ElementsAre("H-0003", "H-0004"));
    o.since = parseInstant("2026-03-05").value();
    EXPECT_THAT(households(parse(exported(o))), ::testing::ElementsAre("H-0004"));
    EXPECT_EQ(parse(exported(o))["filter"]["since"], "2026-03-05T00:00:00.000Z");
    o.since = parseInstant("2027-01-01").value();
    const ordered_json none = parse(exported(o));
    EXPECT_TRUE(none["interviews"].empty());
    EXPECT_TRUE(none["forms"].empty()) << "only the forms of the interviews exported";
}

TEST_F(ExportTest, answersKeptForQuestionsNoLongerAskedHaveNoKey)
{
    const auto form = mustLoad(formWith(
        R"({"name": "q1", "type": "single", "label": "Trained?", "options": [
              {"code": 1, "label": "Yes"}, {"code": 0, "label": "No"}]},
            {"name": "provider", "type": "single", "label": "Who?", "relevant": "q1 == 1",
             "options": [{"code": 1, "label": "Employer"}, {"code": 4, "label": "Other"}],
             "specify": [{"option": 4, "name": "provider_other", "label": "Which?"}]},
            {"roster": "courses", "title": "Courses", "relevant": "q1 == 1", "items": [
              {"name": "course", "type": "text", "label": "Course"}]},
            {"name": "note", "type": "note", "label": "Thank you"})"));
    ASSERT_TRUE(form);
    auto s = create(form, "H");
    auto at = [&](const char *p) {
        return *s->interview().resolve(p);
    };
    ASSERT_TRUE(s->setAnswer(at("q1"), Value::number(1)).ok());
    ASSERT_TRUE(s->setAnswer(at("provider"), Value::number(4)).ok());
    ASSERT_TRUE(s->setAnswer(at("provider_other"), Value::text("NGO")).ok());
    ASSERT_TRUE(s->addRow(at("courses")).ok());
    ASSERT_TRUE(s->setAnswer(at("courses[1].course"), Value::text("Excel")).ok());
    ASSERT_TRUE(s->setAnswer(at("provider"), Value::number(1)).ok());
    ExportOptions o = fixed();
    o.statuses = {InterviewStatus::InProgress};
    EXPECT_EQ(parse(exported(o))["interviews"][0]["answers"],
              ordered_json::parse(R"({"q1": 1, "provider": 1, "courses": [{"course": "Excel"}]})"))
        << "the specify text is kept but its option is no longer chosen";
    ASSERT_TRUE(s->setAnswer(at("q1"), Value::number(0)).ok());
    EXPECT_EQ(parse(exported(o))["interviews"][0]["answers"], ordered_json::parse(R"({"q1": 0})"));
    // Still in the database, as the engine keeps them.
    EXPECT_EQ(store->database().execAndGet("SELECT count(*) FROM answers").getInt(), 4);
}

TEST_F(ExportTest, textRoundTripsExactly)
{
    const auto form = mustLoad(formWith(R"({"name": "t", "type": "text", "label": "Text"})"));
    ASSERT_TRUE(form);
    const std::vector<std::string> texts = {"ñ ã ç é Ñ Ã Ç É ü ß",
                                            "\"quoted\" and 'single'",
                                            "back\\slash \\\\ two",
                                            "line one\nline two\r\nthree\ttab",
                                            "emoji 🙂👩🏽‍🌾 and 𝄞",
                                            "control \x01\x1f and \x7f",
                                            "</script> & <b>",
                                            "日本語 العربية"};
    std::vector<std::string> ids;
    for (const std::string &t : texts) {
        auto s = create(form, t);
        ASSERT_TRUE(s->setAnswer(*s->interview().resolve("t"), Value::text(t)).ok());
        ASSERT_TRUE(s->complete().ok());
        ids.push_back(s->id());
    }
    const ordered_json document = parse(exported(fixed()));
    ASSERT_EQ(document["interviews"].size(), texts.size());
    for (const auto &i : document["interviews"]) {
        const std::string id = i["id"];
        const std::string text = texts[size_t(std::find(ids.begin(), ids.end(), id) - ids.begin())];
        EXPECT_EQ(i["answers"]["t"].get<std::string>(), text);
        EXPECT_EQ(i["household"].get<std::string>(), text);
    }
}

TEST_F(ExportTest, bytesThatAreNotUtf8BecomeTheReplacementCharacter)
{
    const auto form = mustLoad(formWith(R"({"name": "t", "type": "text", "label": "Text"})"));
    auto s = create(form, "H");
    ASSERT_TRUE(s->setAnswer(*s->interview().resolve("t"), Value::text("ok")).ok());
    store->database().exec("UPDATE answers SET value = CAST(X'41FF42C3' AS TEXT)");
    ExportOptions o = fixed();
    o.statuses = {InterviewStatus::InProgress};
    EXPECT_EQ(parse(exported(o))["interviews"][0]["answers"]["t"], "A\xEF\xBF\xBD"
                                                                   "B\xEF\xBF\xBD");
}

TEST_F(ExportTest, warningsThatFireAreExportedConfirmedOrNot)
{
    const auto form = mustLoad(formWith(
        R"({"name": "hours", "type": "integer", "label": "Hours",
            "validations": [{"check": "hours < 60", "severity": "warning",
                             "message": "{hours} hours is a long week"}]},
           {"name": "days", "type": "integer", "label": "Days",
            "validations": [{"check": "days < 7", "severity": "warning", "message": "Every day?"}]},
           {"name": "nights", "type": "integer", "label": "Nights",
            "validations": [{"check": "nights < 7", "severity": "warning", "message": "Hm"}]})"));
    auto s = create(form, "H");
    auto at = [&](const char *p) {
        return *s->interview().resolve(p);
    };
    ASSERT_TRUE(s->setAnswer(at("hours"), Value::number(70)).ok());
    ASSERT_TRUE(s->confirmWarnings(at("hours"), "Two jobs").ok());
    ASSERT_TRUE(s->setAnswer(at("days"), Value::number(7)).ok());
    ASSERT_TRUE(s->setAnswer(at("nights"), Value::number(7)).ok());
    ASSERT_TRUE(s->confirmWarnings(at("nights"), "Night shifts").ok());
    ASSERT_TRUE(s->setAnswer(at("nights"), Value::number(2)).ok()); // no longer fires
    ExportOptions o = fixed();
    o.statuses = {InterviewStatus::InProgress};
    EXPECT_EQ(parse(exported(o))["interviews"][0]["warnings"], ordered_json::parse(R"([
        {"path": "hours", "messages": ["70 hours is a long week"], "confirmed": true,
         "reason": "Two jobs"},
        {"path": "days", "messages": ["Every day?"], "confirmed": false}])"));
}

TEST_F(ExportTest, durationLeavesOutPausesAndOtherPeoplesEvents)
{
    const auto form = mustLoad(formWith(R"({"name": "a", "type": "integer", "label": "A"},
                                           {"name": "b", "type": "integer", "label": "B"})"));
    now = msOf("2026-03-02T10:00:00.000Z");
    auto s = create(form, "H");
    now += 90500; // 90.5 s
    ASSERT_TRUE(s->setAnswer(*s->interview().resolve("a"), Value::number(1)).ok());
    now += 900000; // 15 minutes: still interviewing
    ASSERT_TRUE(s->setAnswer(*s->interview().resolve("a"), Value::number(2)).ok());
    now += 900001; // a little more: a pause
    ASSERT_TRUE(s->setAnswer(*s->interview().resolve("b"), Value::number(3)).ok());
    now += 30000;
    ASSERT_TRUE(s->complete().ok());
    now += 60000;
    ASSERT_TRUE(store->addComment(s->id(), "S01", "", "Fine").ok());
    ExportOptions o = fixed();
    EXPECT_EQ(parse(exported(o))["interviews"][0]["duration_seconds"], 91 + 900 + 30);
    o.paradata = true;
    EXPECT_EQ(parse(exported(o))["interviews"][0]["duration_seconds"], 91 + 900 + 30);
}

TEST_F(ExportTest, paradataGivesEveryEventWithItsValues)
{
    interviewFiveHouseholds();
    ExportOptions o = fixed();
    o.paradata = true;
    o.statuses = {InterviewStatus::Approved};
    const ordered_json events = parse(exported(o))["interviews"][0]["events"];
    // Created, 92 steps, completed, approved.
    ASSERT_EQ(events.size(), 95u);
    EXPECT_EQ(events[0]["kind"], "created");
    EXPECT_EQ(events[1], ordered_json::parse(R"({"sequence": 2,
        "at": {"utc": "2026-03-02T13:00:20.000Z", "offset_minutes": -180}, "user": "E07",
        "kind": "language_changed", "old": "en", "new": "es"})"));
    EXPECT_EQ(events[14], ordered_json::parse(R"({"sequence": 15,
        "at": {"utc": "2026-03-02T13:04:40.000Z", "offset_minutes": -180}, "user": "E07",
        "kind": "warning_confirmed", "path": "members[1].hours_per_day",
        "new": "Trabaja en dos empleos: panadería y limpieza"})"));
    EXPECT_EQ(events[29]["path"], "members[1].q3");
    EXPECT_EQ(events[29]["new"], ordered_json::parse("[1, 6]"));
    EXPECT_EQ(events[94], ordered_json::parse(R"({"sequence": 95,
        "at": {"utc": "2026-03-03T14:30:40.000Z", "offset_minutes": 0}, "user": "S01",
        "kind": "status_changed", "old": "completed", "new": "approved"})"));

    // A supervisor's reason for sending an interview back is given as its reason.
    setStatus("00000000-0000-4000-8000-000000000002", "S01", InterviewStatus::Rejected,
              msOf("2026-03-08T09:00:00.000Z"), -180, "Falta a data");
    o.statuses = {InterviewStatus::Rejected};
    EXPECT_EQ(parse(exported(o))["interviews"][0]["events"].back(), ordered_json::parse(R"({
        "sequence": 6, "at": {"utc": "2026-03-08T09:00:00.000Z", "offset_minutes": -180},
        "user": "S01", "kind": "status_changed", "reason": "Falta a data",
        "old": "completed", "new": "rejected"})"));
}

// --- How it reads and writes --------------------------------------------------------------------

TEST_F(ExportTest, readsTheDatabaseWithTheSameStatementsWhateverTheNumberOfInterviews)
{
    const auto form = mustLoad(formWith(R"({"name": "a", "type": "integer", "label": "A"},
        {"roster": "r", "title": "R", "items": [{"name": "b", "type": "text", "label": "B"}]})"));
    auto statementsFor = [&](int interviews) {
        for (int i = 0; i < interviews; ++i) {
            auto s = create(form, "H");
            ASSERT_TRUE(s->setAnswer(*s->interview().resolve("a"), Value::number(i)).ok());
            ASSERT_TRUE(s->addRow(*s->interview().resolve("r")).ok());
            ASSERT_TRUE(s->setAnswer(*s->interview().resolve("r[1].b"), Value::text("x")).ok());
            ASSERT_TRUE(s->complete().ok());
        }
    };
    auto count = [&] {
        Result<ExportSummary> r =
            writeExport(*store, fixed(), [](std::string_view) { return true; });
        EXPECT_TRUE(r.ok());
        return r.ok() ? r->statements : -1;
    };
    statementsFor(3);
    const int few = count();
    statementsFor(40);
    EXPECT_EQ(count(), few) << "statements for 43 interviews against 3";
    EXPECT_LE(few, 10);
}

TEST_F(ExportTest, theDocumentIsHandedOnInPiecesAsItIsWritten)
{
    const auto form = mustLoad(formWith(R"({"name": "t", "type": "text", "label": "T"})"));
    for (int i = 0; i < 300; ++i) {
        auto s = create(form, "H");
        ASSERT_TRUE(
            s->setAnswer(*s->interview().resolve("t"), Value::text(std::string(1000, 'x'))).ok());
        ASSERT_TRUE(s->complete().ok());
    }
    size_t largest = 0;
    const std::string text = exported(fixed(), &largest);
    EXPECT_GT(text.size(), 300000u);
    EXPECT_LT(largest, 80000u) << "no piece holds much more than one flush";
}

TEST_F(ExportTest, aDamagedAnswerStopsTheExportAndNamesTheInterview)
{
    const auto form = mustLoad(formWith(R"({"name": "a", "type": "single", "label": "A",
        "options": [{"code": 1, "label": "One"}, {"code": 3, "label": "Three"}]})"));
    auto s = create(form, "H");
    ASSERT_TRUE(s->setAnswer(*s->interview().resolve("a"), Value::number(3)).ok());
    store->database().exec("UPDATE answers SET value = 'three'");
    ExportOptions o = fixed();
    o.statuses = {InterviewStatus::InProgress};
    Result<ExportSummary> r = writeExport(*store, o, [](std::string_view) { return true; });
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error(), "interview 00000000-0000-4000-8000-000000000001 in " + path +
                             " cannot be exported: a (the stored answer is damaged)");

    // A code that is not an option: the message does not quote the answer.
    store->database().exec("UPDATE answers SET value = '4242'");
    r = writeExport(*store, o, [](std::string_view) { return true; });
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error(), "interview 00000000-0000-4000-8000-000000000001 in " + path +
                             " cannot be exported: a (the stored answer is not an answer to this "
                             "question)");

    store->database().exec("UPDATE answers SET value = '3', path = 'zz'");
    r = writeExport(*store, o, [](std::string_view) { return true; });
    ASSERT_FALSE(r.ok());
    EXPECT_THAT(r.error(), HasSubstr("cannot be exported: zz (unknown name 'zz'"));
}

TEST_F(ExportTest, aFailedExportLeavesTheFileThatWasThere)
{
    const auto form = mustLoad(formWith(R"({"name": "a", "type": "integer", "label": "A"})"));
    auto s = create(form, "H");
    ASSERT_TRUE(s->setAnswer(*s->interview().resolve("a"), Value::number(3)).ok());
    const std::string out = dir.filePath("export.json").toStdString();
    ExportOptions o = fixed();
    o.statuses = {InterviewStatus::InProgress};
    ASSERT_TRUE(exportToFile(*store, o, out).ok());
    const std::string good = readText(out);
    EXPECT_EQ(parse(good)["interview_count"], 1);

    store->database().exec("UPDATE answers SET kind = 'q'");
    Result<ExportSummary> r = exportToFile(*store, o, out);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(readText(out), good);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral("export")).size(), 1)
        << "no temporary file is left behind";

    const Result<ExportSummary> refused =
        exportToFile(*store, o, dir.filePath("no/such/folder/export.json").toStdString());
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.error(), HasSubstr("cannot be written"));
}

TEST_F(ExportTest, aSinkThatRefusesStopsTheExport)
{
    const auto form = mustLoad(formWith(R"({"name": "a", "type": "integer", "label": "A"})"));
    auto s = create(form, "H");
    ASSERT_TRUE(s->complete().ok());
    Result<ExportSummary> r = writeExport(*store, fixed(), [](std::string_view) { return false; });
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error(), "the export could not be written");
}

// --- Options ------------------------------------------------------------------------------------

TEST(ExportOptions, instants)
{
    EXPECT_EQ(parseInstant("2026-03-01").value(), "2026-03-01T00:00:00.000Z");
    EXPECT_EQ(parseInstant("2026-03-01T08:00:00Z").value(), "2026-03-01T08:00:00.000Z");
    EXPECT_EQ(parseInstant("2026-03-01T08:00:00.250-05:00").value(), "2026-03-01T13:00:00.250Z");
    EXPECT_EQ(parseInstant("2026-03-01T08:00").value(), "2026-03-01T08:00:00.000Z");
    const Result<std::string> wrong = parseInstant("yesterday");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error(), "'yesterday' is not a date or time (ISO 8601, such as 2026-03-01 or "
                             "2026-03-01T08:00:00Z)");
    EXPECT_FALSE(parseInstant("2026-02-30").ok());
}

TEST(ExportOptions, statusLists)
{
    EXPECT_EQ(
        parseStatusList("approved,completed").value(),
        (std::vector<InterviewStatus>{InterviewStatus::Completed, InterviewStatus::Approved}));
    EXPECT_EQ(parseStatusList("rejected, rejected").value(),
              (std::vector<InterviewStatus>{InterviewStatus::Rejected}));
    const auto wrong = parseStatusList("completed,discarded");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error(), "'discarded' is not a status; the statuses are in_progress, "
                             "completed, rejected and approved");
    EXPECT_FALSE(parseStatusList("").ok());
}
