// SPDX-License-Identifier: GPL-3.0-or-later
#include "assignments.h"

#include "common.h"
#include "interviewdata.h"
#include "scenario/script.h"
#include "store/session.h"

#include <QCoreApplication>
#include <QUuid>

#include "store/sessiontarget.h"
#include <SQLiteCpp/SQLiteCpp.h>

namespace enumera::sync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncAssignments)
};

using nlohmann::json;

std::vector<Step> preloadSteps(const json &preload)
{
    std::vector<Step> steps;
    int line = 0;
    for (const auto &[path, value] : preload.items()) {
        Step s;
        s.kind = Step::Kind::Answer;
        s.line = ++line;
        s.path = path;
        s.value = value;
        steps.push_back(std::move(s));
    }
    return steps;
}

int64_t nextChange(SQLite::Database &db)
{
    db.exec("UPDATE sync_sequence SET value = value + 1");
    return db.execAndGet("SELECT value FROM sync_sequence").getInt64();
}

} // namespace

Result<Assignment> assign(Store &store, const std::string &enumerator, const std::string &household,
                          const std::shared_ptr<const Form> &form, const json &preload)
{
    if (household.empty())
        return Error{Tr::tr("an assignment needs the household's identification").toStdString()};
    if (!preload.is_object())
        return Error{
            Tr::tr("the preloaded answers are a JSON object {\"path\": value}").toStdString()};
    Interview blank(form);
    for (const Step &step : preloadSteps(preload))
        if (Status s = applyStep(blank, step); !s)
            return Error{Tr::tr("the preloaded answer %1 cannot be given: %2")
                             .arg(q(step.path), q(s.error()))
                             .toStdString()};
    Result<std::string> hash = store.saveForm(*form);
    if (!hash)
        return Error{hash.error()};
    Assignment a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    a.enumerator = enumerator;
    a.household = household;
    a.formHash = *hash;
    a.formId = form->id;
    a.formVersion = form->version;
    a.preload = preload;
    a.created = store.now().utc;
    try {
        SQLite::Database &db = store.database();
        SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement who(db, "SELECT status FROM sync_enumerators WHERE code = ?");
        who.bind(1, enumerator);
        if (!who.executeStep())
            return Error{Tr::tr("the team has no enumerator %1").arg(q(enumerator)).toStdString()};
        if (who.getColumn(0).getString() == "revoked")
            return Error{Tr::tr("enumerator %1 is revoked").arg(q(enumerator)).toStdString()};
        SQLite::Statement insert(db, "INSERT INTO sync_assignments (id, enumerator, household, "
                                     "form_hash, preload, created_at, change_seq) VALUES (?, ?, ?, "
                                     "?, ?, ?, ?)");
        insert.bind(1, a.id);
        insert.bind(2, enumerator);
        insert.bind(3, household);
        insert.bind(4, a.formHash);
        insert.bind(5, dumpJson(preload));
        insert.bind(6, a.created);
        insert.bind(7, nextChange(db));
        insert.exec();
        t.commit();
    } catch (const std::exception &e) {
        return failure(e, store.path(), Tr::tr("keeping the assignment"));
    }
    return a;
}

Status cancelAssignment(Store &store, const std::string &id)
{
    try {
        SQLite::Database &db = store.database();
        SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement s(db, "UPDATE sync_assignments SET cancelled = 1, change_seq = ? WHERE "
                                "id = ?");
        s.bind(1, nextChange(db));
        s.bind(2, id);
        if (s.exec() != 1)
            return Error{Tr::tr("there is no assignment %1").arg(q(id)).toStdString()};
        t.commit();
        return {};
    } catch (const std::exception &e) {
        return failure(e, store.path(), Tr::tr("cancelling the assignment"));
    }
}

Result<std::string> publishForm(Store &store, const Form &form)
{
    Result<std::string> hash = store.saveForm(form);
    if (!hash)
        return hash;
    try {
        SQLite::Database &db = store.database();
        SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement s(db, "INSERT OR IGNORE INTO sync_published_forms (hash, published_at, "
                                "change_seq) VALUES (?, ?, ?)");
        s.bind(1, *hash);
        s.bind(2, store.now().utc);
        s.bind(3, nextChange(db));
        s.exec();
        t.commit();
        return hash;
    } catch (const std::exception &e) {
        return failure(e, store.path(), Tr::tr("publishing the form"));
    }
}

Result<std::vector<Assignment>> assignments(Store &store)
{
    try {
        SQLite::Statement s(store.database(),
                            "SELECT a.id, a.enumerator, a.household, a.form_hash, f.form_id, "
                            "f.version, a.preload, a.created_at, a.cancelled, a.interview FROM "
                            "sync_assignments a LEFT JOIN forms f ON f.hash = a.form_hash ORDER "
                            "BY a.created_at, a.id");
        std::vector<Assignment> out;
        while (s.executeStep()) {
            Assignment a;
            a.id = s.getColumn(0).getString();
            a.enumerator = s.getColumn(1).getString();
            a.household = s.getColumn(2).getString();
            a.formHash = s.getColumn(3).getString();
            a.formId = s.getColumn(4).isNull() ? "" : s.getColumn(4).getString();
            a.formVersion = s.getColumn(5).isNull() ? "" : s.getColumn(5).getString();
            a.preload = json::parse(s.getColumn(6).getString(), nullptr, false);
            if (!a.preload.is_object())
                a.preload = json::object();
            a.created = s.getColumn(7).getString();
            a.cancelled = s.getColumn(8).getInt() != 0;
            a.interview = s.getColumn(9).isNull() ? "" : s.getColumn(9).getString();
            out.push_back(std::move(a));
        }
        return out;
    } catch (const std::exception &e) {
        return failure(e, store.path(), Tr::tr("listing the assignments"));
    }
}

Result<std::unique_ptr<InterviewSession>> startAssignment(Store &store, const std::string &id,
                                                          const std::string &user)
{
    Result<std::vector<Assignment>> all = assignments(store);
    if (!all)
        return Error{all.error()};
    auto it =
        std::find_if(all->begin(), all->end(), [&](const Assignment &a) { return a.id == id; });
    if (it == all->end())
        return Error{Tr::tr("there is no assignment %1").arg(q(id)).toStdString()};
    if (it->cancelled)
        return Error{Tr::tr("the supervisor cancelled assignment %1").arg(q(id)).toStdString()};
    if (!it->interview.empty())
        return Error{Tr::tr("assignment %1 was started already: interview %2")
                         .arg(q(id), q(it->interview))
                         .toStdString()};
    Result<std::shared_ptr<const Form>> form = store.loadForm(it->formHash);
    if (!form)
        return Error{form.error()};
    Result<std::unique_ptr<InterviewSession>> session =
        InterviewSession::create(store, *form, it->household, user);
    if (!session)
        return session;
    SessionTarget target(**session);
    for (const Step &step : preloadSteps(it->preload))
        if (Status s = applyStep(target, step); !s)
            return Error{Tr::tr("the preloaded answer %1 cannot be given: %2")
                             .arg(q(step.path), q(s.error()))
                             .toStdString()};
    try {
        SQLite::Statement s(store.database(),
                            "UPDATE sync_assignments SET interview = ? WHERE id = ?");
        s.bind(1, (*session)->id());
        s.bind(2, id);
        s.exec();
    } catch (const std::exception &e) {
        return failure(e, store.path(), Tr::tr("noting the interview of the assignment"));
    }
    return session;
}

} // namespace enumera::sync
