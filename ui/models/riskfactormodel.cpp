#include "riskfactormodel.h"

#include "commands/projectdocument.h"
#include "commands/setriskweightscommand.h"

#include <QLocale>
#include <QUndoStack>

namespace cloudshift {

RiskFactorModel::RiskFactorModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RiskFactorModel::setResults(const RiskWeights& weights, const std::optional<WorkloadRisk>& risk)
{
    beginResetModel();
    m_weights = weights;
    m_risk = risk;
    endResetModel();
}

QString RiskFactorModel::rubricText(RiskFactor factor)
{
    const RiskFactorInfo& info = riskFactorInfo(factor);
    QStringList lines { info.measures };
    for (std::size_t level = 0; level < info.rubric.size(); ++level)
        lines << tr("%1: %2").arg(static_cast<int>(level)).arg(info.rubric[level]);
    return lines.join(QLatin1Char('\n'));
}

const RiskContribution* RiskFactorModel::contribution(int row) const
{
    if (!m_risk || row < 0 || row >= static_cast<int>(m_risk->factors.size()))
        return nullptr;
    return &m_risk->factors[static_cast<std::size_t>(row)];
}

int RiskFactorModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kRiskFactorCount;
}

int RiskFactorModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskFactorModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= kRiskFactorCount)
        return {};
    const RiskFactorInfo& info = riskFactorInfos()[static_cast<std::size_t>(index.row())];
    const RiskContribution* c = contribution(index.row());
    const QLocale locale;
    // The weight the shown scores were computed with; before any workload, the plan's.
    const double weight = c ? c->weight : m_weights.weight(info.factor);
    switch (role) {
    case FactorIdRole:
        return info.id;
    case Qt::ToolTipRole:
        return index.column() == Evidence && c ? c->evidence : rubricText(info.factor);
    case Qt::TextAlignmentRole:
        return index.column() == Factor || index.column() == Evidence
            ? QVariant()
            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::EditRole:
        return index.column() == Weight ? QVariant(weight) : QVariant();
    case SortRole:
        switch (index.column()) {
        case Factor:
            return index.row();
        case Score:
            return c ? QVariant(c->score) : QVariant(-1);
        case Weight:
            return weight;
        case Contribution:
            return c ? QVariant(c->contribution) : QVariant(-1.0);
        case Evidence:
            return c ? c->evidence : QString();
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Factor:
            return info.name;
        case Score:
            return c ? tr("%1 of 3").arg(c->score) : QString();
        case Weight:
            return locale.toString(weight, 'g', 6);
        case Contribution:
            return c ? locale.toString(c->contribution, 'f', 1) : QString();
        case Evidence:
            return c ? c->evidence : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

bool RiskFactorModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_document || role != Qt::EditRole || !index.isValid() || index.column() != Weight)
        return false;
    bool ok = false;
    const double weight = value.toDouble(&ok);
    if (!ok || weight < 0.0)
        return false;
    const RiskFactor factor = riskFactorInfos()[static_cast<std::size_t>(index.row())].factor;
    if (m_document->riskWeights().weight(factor) == weight)
        return false; // no change, no history
    // The document re-plans; the new weight reaches this model with the analysis that used it.
    m_document->undoStack()->push(new SetRiskWeightsCommand(m_document, factor, weight));
    return true;
}

Qt::ItemFlags RiskFactorModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Weight && m_document)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant RiskFactorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Factor:
        return tr("Factor");
    case Score:
        return tr("Score");
    case Weight:
        return tr("Weight");
    case Contribution:
        return tr("Contribution");
    case Evidence:
        return tr("Evidence");
    default:
        return {};
    }
}

} // namespace cloudshift
