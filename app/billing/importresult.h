#pragma once

#include "billing/money.h"

#include <QDate>
#include <QString>

#include <map>
#include <vector>

namespace cloudshift {

/// A problem found while reading an export, located so the user can open the file at that spot.
struct ImportDiagnostic
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    QString file;
    qint64 line = 0; ///< 1-based physical line where the record starts; 0 when not tied to a line
    int column = 0; ///< 1-based column (field) number; 0 when the whole row or file is concerned
    QString message;

    /// "file:line:column: message" (line/column omitted when unknown), the form compilers use.
    QString toString() const;
};

/// Whether costs include reservation/savings-plan purchases as bought (actual) or spread over use (amortized).
/// FOCUS files carry both: BilledCost (actual) and EffectiveCost (amortized).
enum class CostKind { Unknown, Actual, Amortized, Focus };
QString costKindId(CostKind kind);

/// What was learned about one input file.
struct ImportedFile
{
    QString path;
    QString manifest; ///< the manifest.json that listed this part file, if any
    QString format; ///< stable id: "ea", "ea-portal", "ea-legacy", "mca", "mca-partner", "payg", "focus"
    QString formatName; ///< display: "EA cost details (portal download)"
    QString schemaVersion; ///< "2024-08-01", "1.0r2", or empty when not told by the header
    CostKind costKind = CostKind::Unknown;
    qint64 bytes = 0;
    qint64 rows = 0; ///< data rows read (header excluded)
    qint64 skippedRows = 0;
};

/// Totals and diagnostics of one import; the aggregated cost lines live in BillingData.
struct ImportSummary
{
    std::vector<ImportedFile> files;
    std::map<QString, Micros> totalsByCurrency; ///< sum of the invoiced cost column, per billing currency
    /// Sum of FOCUS EffectiveCost (amortized) per currency; empty when no file has that column.
    std::map<QString, Micros> effectiveTotalsByCurrency;
    /// The exact sums the two maps above are rounded from once the import ends (see ExactMoney).
    std::map<QString, ExactMoney> exactTotals;
    std::map<QString, ExactMoney> exactEffectiveTotals;
    qint64 rows = 0;
    qint64 skippedRows = 0;
    QDate firstDate;
    QDate lastDate;
    std::vector<ImportDiagnostic> diagnostics; ///< capped; see droppedDiagnostics
    qint64 droppedDiagnostics = 0;
};

} // namespace cloudshift
