#include "wavemodel.h"

#include "models/displaytext.h"

#include <QDateTime>
#include <QTime>

namespace cloudshift {

namespace {

// Waves cover whole months: their band starts at the first day of the first month.
qreal plotTime(const QDate& day)
{
    return static_cast<qreal>(QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch());
}

} // namespace

WaveModel::WaveModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void WaveModel::setResults(const ReportFigures& figures)
{
    beginResetModel();
    m_waves = figures.waves;
    m_firstMonth = figures.months.empty() ? QDate() : figures.months.front();
    m_currency = figures.currency;
    endResetModel();
}

int WaveModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_waves.size());
}

int WaveModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDate WaveModel::startOf(const MigrationWave& wave) const
{
    return m_firstMonth.addMonths(wave.startMonth);
}

QDate WaveModel::endOf(const MigrationWave& wave) const
{
    return m_firstMonth.addMonths(wave.startMonth + wave.months);
}

QString WaveModel::toolTip(const MigrationWave& wave) const
{
    return tr("Wave %1: %2 – %3, %n workload(s): %4\nOne-time cost %5; saves %6 per month once done", nullptr,
        static_cast<int>(wave.workloads.size()))
        .arg(wave.number)
        .arg(monthText(startOf(wave)), monthText(endOf(wave).addMonths(-1)),
            wave.workloads.join(QStringLiteral(", ")), moneyWithCurrency(wave.oneTime, m_currency),
            moneyWithCurrency(wave.monthlySaving, m_currency));
}

QVariant WaveModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MigrationWave& wave = m_waves[static_cast<std::size_t>(index.row())];
    if (role == Qt::ToolTipRole)
        return toolTip(wave);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool raw = role == SortRole;
    switch (index.column()) {
    case Wave:
        return raw ? QVariant(wave.number) : QVariant(tr("Wave %1").arg(wave.number));
    case Start:
        return raw ? QVariant(startOf(wave)) : QVariant(plotTime(startOf(wave)));
    case End:
        return raw ? QVariant(endOf(wave)) : QVariant(plotTime(endOf(wave)));
    case StartMonth:
        return wave.startMonth;
    case Months:
        return wave.months;
    case Workloads:
        return raw ? QVariant(wave.workloads) : QVariant(wave.workloads.join(QStringLiteral(", ")));
    case OneTime:
        return raw ? QVariant(qint64 { wave.oneTime })
                   : QVariant(moneyWithCurrency(wave.oneTime, m_currency));
    case MonthlySaving:
        return raw ? QVariant(qint64 { wave.monthlySaving })
                   : QVariant(moneyWithCurrency(wave.monthlySaving, m_currency));
    default:
        return {};
    }
}

QVariant WaveModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char* const names[] = { "Wave", "Start", "End", "Start month", "Months", "Workloads",
        "One-time cost", "Saving per month" };
    return tr(names[section]);
}

} // namespace cloudshift
