#pragma once

#include <QStringList>

class QTextStream;

namespace protoviz::cli {

/// Exit codes of protoviz-cli.
enum ExitCode : int {
    Success = 0,
    SessionFailed = 1, ///< a session failed or timed out
    BadArguments = 2,  ///< the command line cannot be run (the message says why)
    Unavailable = 3,   ///< a port could not be bound, a file not written
};

/// `protoviz-cli run`: runs a scenario's two sessions live and prints the comparison.
int runCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);
/// `protoviz-cli serve`: serves the workload to real clients until stopped.
int serveCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);
/// `protoviz-cli fetch`: loads a page from any server through the emulated link.
int fetchCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);
/// `protoviz-cli grpc`: calls a gRPC method with ProtoViz's own gRPC client.
int grpcCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);
/// `protoviz-cli lesson`: lists, shows, runs and checks the lessons.
int lessonCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);
/// `protoviz-cli quiz`: interview practice at the terminal.
int quizCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);
/// `protoviz-cli scenarios`: lists the scenarios.
int scenariosCommand(QTextStream& out);

} // namespace protoviz::cli
