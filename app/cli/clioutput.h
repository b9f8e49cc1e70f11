#pragma once

#include "pipeline/analysis.h"

#include <QTextStream>

namespace cloudshift {

// Human-readable output of the command-line verbs; the --json forms come from pipeline/analysisjson.h.
void printImportSummary(QTextStream& out, const ImportSummary& summary, int resourceCount);
void printPlan(QTextStream& out, const PlanResult& plan);
void printScenario(QTextStream& out, const ScenarioResult& result);
void printDiagnostics(QTextStream& err, const ImportSummary& summary);

} // namespace cloudshift
