#include "comparisontablemodel.h"

#include "models/displaytext.h"
#include "models/scenariotext.h"

#include <QFont>
#include <QLocale>

namespace cloudshift {

ComparisonTableModel::ComparisonTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ComparisonTableModel::setResults(const ScenarioComparison& comparison)
{
    beginResetModel();
    m_comparison = comparison;
    m_sharedCurrency.clear();
    if (!comparison.rows.empty()) {
        m_sharedCurrency = comparison.rows.front().currency;
        for (const ScenarioComparisonRow& row : comparison.rows) {
            if (row.currency != m_sharedCurrency)
                m_sharedCurrency.clear();
        }
    }
    endResetModel();
}

void ComparisonTableModel::setCurrentRow(int row)
{
    if (row == m_currentRow)
        return;
    const int previous = m_currentRow;
    m_currentRow = row;
    for (int r : { previous, row }) {
        if (r >= 0 && r < rowCount())
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1), { Qt::FontRole });
    }
}

int ComparisonTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_comparison.rows.size());
}

int ComparisonTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScenarioComparisonRow& row = m_comparison.rows[static_cast<std::size_t>(index.row())];
    const bool isBaseline = index.row() == m_comparison.baselineRow;
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, isBaseline, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case Qt::FontRole:
        if (index.row() == m_currentRow) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RunRateDelta:
        case TcoDelta:
        case TcoDeltaPercent:
            return tr("Against staying on Azure under this scenario's assumptions (%n months)", nullptr,
                row.horizonMonths);
        case RunRate:
            return tr("Monthly run cost once every move is done");
        case OneTime:
            return tr("Labour, egress and parallel running; %1 more than the baseline")
                .arg(money(row.oneTimeDelta, row, true));
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return static_cast<int>(
            (index.column() == Scenario ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    default:
        return {};
    }
}

QString ComparisonTableModel::money(Micros value, const ScenarioComparisonRow& row, bool signedValue) const
{
    QString text
        = m_sharedCurrency.isEmpty() ? moneyWithCurrency(value, row.currency, 0) : groupedMoney(value, 0);
    if (signedValue && value > 0)
        text.prepend(u'+');
    return text;
}

QVariant ComparisonTableModel::displayValue(
    const ScenarioComparisonRow& row, bool isBaseline, int column) const
{
    const QString none = QStringLiteral("–");
    switch (static_cast<Column>(column)) {
    case Scenario:
        return row.name;
    case RunRate:
        return money(row.runRate, row);
    case RunRateDelta:
        return isBaseline ? none : money(row.runRateDelta, row, true);
    case OneTime:
        return money(row.oneTime, row);
    case BreakEven:
        if (isBaseline)
            return none;
        return row.breakEvenMonth ? waveMonthText(*row.breakEvenMonth, row.firstMonth) : tr("Never");
    case Tco:
        return money(row.tco, row);
    case TcoDelta:
        return isBaseline ? none : money(row.tcoDelta, row, true);
    case TcoDeltaPercent:
        if (isBaseline)
            return none;
        return QString(
            (row.tcoDeltaPercent > 0 ? QStringLiteral("+") : QString()) + percentText(row.tcoDeltaPercent));
    case MappedShare:
        return percentText(row.mappedCostShare * 100.0);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ComparisonTableModel::sortValue(const ScenarioComparisonRow& row, int column) const
{
    switch (static_cast<Column>(column)) {
    case Scenario:
        return row.name;
    case RunRate:
        return qint64 { row.runRate };
    case RunRateDelta:
        return qint64 { row.runRateDelta };
    case OneTime:
        return qint64 { row.oneTime };
    case BreakEven:
        return row.breakEvenMonth.value_or(-1);
    case Tco:
        return qint64 { row.tco };
    case TcoDelta:
        return qint64 { row.tcoDelta };
    case TcoDeltaPercent:
        return row.tcoDeltaPercent;
    case MappedShare:
        return row.mappedCostShare;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto withCurrency = [this](const QString& name) {
        return m_sharedCurrency.isEmpty() ? name : tr("%1 (%2)").arg(name, m_sharedCurrency);
    };
    int horizon = 0;
    for (const ScenarioComparisonRow& row : m_comparison.rows)
        horizon = horizon == 0 || horizon == row.horizonMonths ? row.horizonMonths : -1;
    switch (static_cast<Column>(section)) {
    case Scenario:
        return tr("Scenario");
    case RunRate:
        return withCurrency(tr("Run rate / month"));
    case RunRateDelta:
        return tr("vs Azure");
    case OneTime:
        return withCurrency(tr("One-time"));
    case BreakEven:
        return tr("Break-even");
    case Tco:
        return withCurrency(horizon > 0 ? tr("TCO %n months", nullptr, horizon) : tr("TCO over horizon"));
    case TcoDelta:
        return tr("TCO vs Azure");
    case TcoDeltaPercent:
        return tr("TCO change");
    case MappedShare:
        return tr("Mapped share");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cloudshift
