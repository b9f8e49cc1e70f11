#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QStandardItemModel;

namespace cloudshift {

struct Analysis;
struct ReportFigures;

/// The text and tables of the report pack that are not charts, each made from engine results and
/// formatted as on screen: the executive summary, assumptions, the risk rubric, the not-mapped list and
/// the data sources. Kept apart from the page layout (PdfReport) so each reads on its own.
class ReportContent
{
    Q_DECLARE_TR_FUNCTIONS(ReportContent)

public:
    ReportContent(const Analysis& analysis, const ReportFigures& figures);

    /// Project, scenario, period, prices, inputs: the title page's lines.
    QStringList titleFacts(const QString& generated) const;
    /// Run rate, one-time cost, TCO, saving and break-even of each way forward.
    std::unique_ptr<QStandardItemModel> optionsTable() const;
    /// Break-even, risk, data confidence, coverage and run-rate basis in sentences.
    QStringList summaryFacts() const;
    /// The bill's totals on Azure and re-priced on each target over the imported period.
    std::unique_ptr<QStandardItemModel> billTable() const;
    QStringList assumptions() const;
    QStringList riskRubric() const;
    std::unique_ptr<QStandardItemModel> notMappedTable() const;
    QStringList dataSources() const;

private:
    QString monthLabel(int index) const;

    const Analysis& m_analysis;
    const ReportFigures& m_figures;
};

} // namespace cloudshift
