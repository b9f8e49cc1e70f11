#include "workloadoutlookmodel.h"

#include "models/displaytext.h"

#include <QCoreApplication>
#include <QLocale>

namespace cloudshift {

namespace {

QString latencyText(const LatencyBand& band)
{
    const QLocale locale;
    if (band.measured || band.lowMs == band.highMs)
        return QCoreApplication::translate("cloudshift", "%1 ms").arg(locale.toString(band.ms, 'f', 1));
    return QCoreApplication::translate("cloudshift", "%1 ms (%2–%3)")
        .arg(locale.toString(band.ms, 'f', 1), locale.toString(band.lowMs, 'f', 0),
            locale.toString(band.highMs, 'f', 0));
}

} // namespace

WorkloadOutlookModel::WorkloadOutlookModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString WorkloadOutlookModel::targetText(cloudshift::Target target)
{
    switch (target) {
    case Target::Aws:
        return tr("AWS");
    case Target::Gcp:
        return tr("Google Cloud");
    case Target::Retire:
        return tr("Retire");
    default:
        return tr("Azure");
    }
}

void WorkloadOutlookModel::setResults(const ReportFigures& figures)
{
    beginResetModel();
    m_rows = figures.workloads;
    m_months = figures.months;
    m_currency = figures.currency;
    m_planRisk = figures.riskScore;
    endResetModel();
}

int WorkloadOutlookModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WorkloadOutlookModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkloadOutlookModel::rawValue(const WorkloadOutlook& w, int column) const
{
    switch (column) {
    case Workload:
        return w.name;
    case Target:
        return static_cast<int>(w.target);
    case Region:
        return w.region;
    case Wave:
        return w.wave;
    case WaveStart:
        return w.waveStart;
    case WaveMonths:
        return w.waveMonths;
    case BaselineMonthly:
        return qint64 { w.baselineMonthly };
    case TargetMonthly:
        return qint64 { w.targetMonthly };
    case MonthlySaving:
        return qint64 { w.monthlySaving };
    case SavingPercent:
        return w.savingPercent;
    case OneTime:
        return qint64 { w.oneTime };
    case Confidence:
        return w.confidence ? static_cast<int>(*w.confidence) : -1;
    case RiskScore:
        return w.riskScore;
    case DataConfidence:
        return w.dataConfidence;
    case LatencyBefore:
        return w.before.ms;
    case LatencyAfter:
        return w.after.ms;
    default:
        return {};
    }
}

QVariant WorkloadOutlookModel::displayValue(const WorkloadOutlook& w, int column) const
{
    const QLocale locale;
    switch (column) {
    case Target:
        return targetText(w.target);
    case Wave:
        return w.wave == 0 ? QStringLiteral("—") : QString::number(w.wave);
    case WaveStart:
        return w.wave == 0 || m_months.empty() ? QStringLiteral("—")
                                               : monthText(m_months.front().addMonths(w.waveStart));
    case WaveMonths:
        return w.wave == 0 ? QStringLiteral("—") : locale.toString(w.waveMonths);
    case BaselineMonthly:
    case TargetMonthly:
    case MonthlySaving:
    case OneTime:
        return groupedMoney(rawValue(w, column).toLongLong());
    case SavingPercent:
        return percentText(w.savingPercent);
    case Confidence:
        return w.confidence ? confidenceText(*w.confidence) : QStringLiteral("—");
    case RiskScore:
        return w.riskAssessed ? locale.toString(w.riskScore, 'f', 1) : QStringLiteral("—");
    case DataConfidence:
        return w.riskAssessed ? tr("%1 / 5").arg(w.dataConfidence) : QStringLiteral("—");
    case LatencyBefore:
        return w.latencyAssessed ? latencyText(w.before) : QStringLiteral("—");
    case LatencyAfter:
        return w.latencyAssessed ? latencyText(w.after) : QStringLiteral("—");
    default:
        return rawValue(w, column);
    }
}

QString WorkloadOutlookModel::toolTip(const WorkloadOutlook& w, int column) const
{
    switch (column) {
    case MonthlySaving:
    case SavingPercent:
        return tr("%1 on %2: %3 per month now, %4 once moved; saves %5 (%6)")
            .arg(w.name, targetText(w.target), moneyWithCurrency(w.baselineMonthly, m_currency),
                moneyWithCurrency(w.targetMonthly, m_currency),
                moneyWithCurrency(w.monthlySaving, m_currency), percentText(w.savingPercent));
    case RiskScore:
    case DataConfidence:
        return tr("%1: risk %2 of 100, data confidence %3 of 5; saves %4 per month; costs %5 per month today")
            .arg(w.name, QLocale().toString(w.riskScore, 'f', 1))
            .arg(w.dataConfidence)
            .arg(moneyWithCurrency(w.monthlySaving, m_currency),
                moneyWithCurrency(w.baselineMonthly, m_currency));
    case LatencyBefore:
    case LatencyAfter:
        return tr("%1: %2 on Azure (%3), %4 on %5 (%6)")
            .arg(w.name, latencyText(w.before),
                w.before.measured ? tr("measured") : tr("modelled, 80 % band"), latencyText(w.after),
                targetText(w.target), w.after.measured ? tr("measured") : tr("modelled, 80 % band"));
    default:
        return displayValue(w, column).toString();
    }
}

QVariant WorkloadOutlookModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkloadOutlook& w = m_rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    const bool latency = column == LatencyBefore || column == LatencyAfter;
    const LatencyBand& band = column == LatencyAfter ? w.after : w.before;
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(w, column);
    case SortRole:
        return rawValue(w, column);
    case ChartValueRole: {
        const QVariant raw = rawValue(w, column);
        if (column == BaselineMonthly || column == TargetMonthly || column == MonthlySaving
            || column == OneTime)
            return microsToDouble(raw.toLongLong());
        return raw.toDouble();
    }
    case LowRole:
        return latency ? QVariant(band.lowMs) : QVariant();
    case HighRole:
        return latency ? QVariant(band.highMs) : QVariant();
    case MeasuredRole:
        return latency ? QVariant(band.measured) : QVariant();
    case AssessedRole:
        if (latency)
            return w.latencyAssessed;
        if (column == RiskScore || column == DataConfidence)
            return w.riskAssessed;
        return {};
    case Qt::ToolTipRole:
        return toolTip(w, column);
    case Qt::TextAlignmentRole:
        return static_cast<int>(
            (column == Workload || column == Target || column == Region ? Qt::AlignLeft : Qt::AlignRight)
            | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant WorkloadOutlookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Workload:
        return tr("Workload");
    case Target:
        return tr("Target");
    case Region:
        return tr("Region");
    case Wave:
        return tr("Wave");
    case WaveStart:
        return tr("Starts");
    case WaveMonths:
        return tr("Months");
    case BaselineMonthly:
        return tr("Now / month (%1)").arg(m_currency);
    case TargetMonthly:
        return tr("Then / month");
    case MonthlySaving:
        return m_currency.isEmpty() ? tr("Saving / month") : tr("Saving / month (%1)").arg(m_currency);
    case SavingPercent:
        return tr("Saving %");
    case OneTime:
        return tr("One-time");
    case Confidence:
        return tr("Mapping");
    case RiskScore:
        return tr("Risk");
    case DataConfidence:
        return tr("Data conf.");
    case LatencyBefore:
        return tr("Latency now");
    default:
        return tr("Latency then");
    }
}

} // namespace cloudshift
