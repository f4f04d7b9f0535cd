// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "form/result.h"

#include <string>
#include <vector>

namespace enumera {
class Store;
}

namespace enumera::sync {

// A pairing code for one enumerator: shown once, to be typed on the enumerator's laptop. Only
// a key derived from it is kept, and only until it is used or it expires.
struct Invitation
{
    std::string enumerator; // the enumerator's code, E01
    std::string name;
    std::string pairingCode; // ABCD-EFGH-JKMN
    std::string expires;     // ISO 8601 UTC
};

struct TeamMember
{
    std::string code;
    std::string name;
    std::string status; // invited, paired, revoked
    std::string device; // the laptop's name given at pairing
    std::string added;
    std::string paired;
    std::string revoked;
    std::string lastSeen;
    bool codeWaiting = false; // a pairing code not yet used
};

// The supervisor's team, in the supervisor's store.
class Team
{
public:
    static constexpr int CodeValidDays = 7;

    explicit Team(Store &store);

    // Adds an enumerator (code E01, E02, ... unless given) with a pairing code.
    Result<Invitation> add(const std::string &name, const std::string &code = {});
    // A new pairing code, for a new laptop or a revoked enumerator taken back. A revoked
    // enumerator's old key stays refused; a paired one's works until the new code is used.
    Result<Invitation> renewCode(const std::string &code);
    Status revoke(const std::string &code);
    Result<std::vector<TeamMember>> members();

private:
    Store &m_store;
};

} // namespace enumera::sync
