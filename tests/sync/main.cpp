// SPDX-License-Identifier: GPL-3.0-or-later
// The sync tests need an event loop: the server and the clients run in the test's thread.
#include <QCoreApplication>

#include <gmock/gmock.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleMock(&argc, argv);
    return RUN_ALL_TESTS();
}
