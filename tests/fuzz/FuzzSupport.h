// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

/**
 * What every fuzz target sets up before its first input: a QCoreApplication (Qt Sql loads its driver through it),
 * Qt's messages kept quiet (a warning per input would slow the runs down and bury the report of a crash), and a
 * private folder for the files the readers are given.
 */
namespace FuzzSupport {

/// Call from LLVMFuzzerInitialize. SILLAGE_FUZZ_VERBOSE=1 in the environment shows Qt's messages again.
void start(int *argc, char ***argv);

/// A temporary folder of this process, removed when it exits normally.
QString folder();

/// The input, without a copy: valid during LLVMFuzzerTestOneInput only.
QByteArray bytes(const uint8_t *data, size_t size);

/// Replaces the file at path with bytes; stops the run when the disk refuses, since nothing would be tested.
void writeFile(const QString &path, const QByteArray &bytes);

/// Stops the run with a message: for an invariant of the reader that does not hold, found by the fuzzer.
[[noreturn]] void broken(const char *what);

} // namespace FuzzSupport
