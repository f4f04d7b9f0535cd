// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <functional>
#include <string>

namespace enumera::testing {

// Runs `work` in a child process as the unprivileged user nobody (tests run as root, who may
// write anywhere) and returns what it returned; "child status N" when the child could not become
// nobody or did not finish.
inline std::string asNobody(const std::function<std::string()> &work)
{
    int pipe[2];
    if (::pipe(pipe) != 0)
        return "no pipe";
    const pid_t child = fork();
    if (child == 0) {
        ::close(pipe[0]);
        if (getuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
            _exit(3);
        const std::string message = work();
        for (size_t done = 0; done < message.size();) {
            const ssize_t n = ::write(pipe[1], message.data() + done, message.size() - done);
            if (n <= 0)
                _exit(4);
            done += size_t(n);
        }
        _exit(0);
    }
    ::close(pipe[1]);
    std::string message;
    char buffer[512];
    for (ssize_t n; (n = ::read(pipe[0], buffer, sizeof buffer)) > 0;)
        message.append(buffer, size_t(n));
    ::close(pipe[0]);
    int status = 0;
    waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return "child status " + std::to_string(status);
    return message;
}

} // namespace enumera::testing
