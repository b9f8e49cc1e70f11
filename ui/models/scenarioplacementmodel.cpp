#include "scenarioplacementmodel.h"

#include "catalog/catalog.h"
#include "commands/placementedit.h"
#include "commands/scenarioset.h"
#include "commands/setplacementscommand.h"
#include "models/displaytext.h"
#include "models/scenariotext.h"

#include <QFont>
#include <QHash>
#include <QUndoStack>

namespace cloudshift {

namespace {

bool movesToCloud(cloudshift::Target target)
{
    return target == Target::Aws || target == Target::Gcp;
}

template <typename Enum> QVariantList enumValues(const std::vector<Enum>& values)
{
    QVariantList list;
    for (Enum value : values)
        list << static_cast<int>(value);
    return list;
}

} // namespace

ScenarioPlacementModel::ScenarioPlacementModel(ScenarioSet* scenarios, QUndoStack* undoStack, QObject* parent)
    : QAbstractTableModel(parent)
    , m_scenarios(scenarios)
    , m_undoStack(undoStack)
{
    const auto refreshIfCurrent = [this](int index) {
        if (index == m_scenarios->currentIndex())
            refresh();
    };
    connect(scenarios, &ScenarioSet::analysisChanged, this, &ScenarioPlacementModel::refresh);
    connect(scenarios, &ScenarioSet::currentChanged, this, &ScenarioPlacementModel::refresh);
    connect(scenarios, &ScenarioSet::scenarioEdited, this, refreshIfCurrent);
    connect(scenarios, &ScenarioSet::resultChanged, this, refreshIfCurrent);
    refresh();
}

void ScenarioPlacementModel::refresh()
{
    std::vector<Row> rows;
    const int current = m_scenarios->currentIndex();
    QString currency;
    QDate firstMonth;
    int horizon = 0;
    bool editable = false;
    if (m_scenarios->hasInput() && current >= 0) {
        const Scenario& scenario = m_scenarios->scenario(current);
        const ScenarioResult& result = m_scenarios->result(current);
        const std::vector<WorkloadRates>& rates = m_scenarios->input().rates;
        // Built once per refresh: placementFor() per row would be quadratic on large inventories.
        QHash<QString, const Placement*> placements;
        for (const Placement& p : scenario.placements)
            placements.insert(p.workload, &p);
        QHash<QString, std::size_t> figureIndex;
        for (std::size_t i = 0; i < result.workloads.size(); ++i)
            figureIndex.insert(result.workloads[i].name, i);
        rows.reserve(rates.size());
        for (const WorkloadRates& w : rates) {
            Row row;
            const Placement* stored = placements.value(w.workload);
            row.stored = stored != nullptr;
            row.placement = stored ? *stored : Placement {};
            row.placement.workload = w.workload;
            if (const auto found = figureIndex.constFind(w.workload); found != figureIndex.constEnd())
                row.figures = result.workloads[*found];
            rows.push_back(std::move(row));
        }
        currency = result.currency;
        firstMonth = m_scenarios->input().firstMonth;
        horizon = scenario.assumptions.horizonMonths;
        editable = m_scenarios->placementsEditable(current);
    }

    const bool sameRows = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
            [](const Row& a, const Row& b) { return a.placement.workload == b.placement.workload; });
    if (!sameRows)
        beginResetModel();
    m_rows = std::move(rows);
    const bool headerChanged = currency != m_currency;
    m_currency = currency;
    m_firstMonth = firstMonth;
    m_horizon = horizon;
    m_editable = editable;
    if (!sameRows) {
        endResetModel();
        return;
    }
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    if (headerChanged)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ScenarioPlacementModel::applyEdit(const QList<int>& rows, const PlacementEdit& edit)
{
    if (!m_editable || rows.isEmpty())
        return;
    QStringList workloads;
    for (int row : rows) {
        if (row >= 0 && row < rowCount())
            workloads << workload(row);
    }
    if (!workloads.isEmpty())
        m_undoStack->push(new SetPlacementsCommand(m_scenarios, m_scenarios->currentId(), workloads, edit));
}

int ScenarioPlacementModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ScenarioPlacementModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ScenarioPlacementModel::isFieldEditable(const Row& row, int column) const
{
    if (!m_editable)
        return false;
    const cloudshift::Target target = row.placement.target;
    switch (static_cast<Column>(column)) {
    case Target:
    case WaveStart:
    case WaveMonths:
        return true;
    case Region:
    case SpotShare:
        return movesToCloud(target);
    case Pricing:
        return target != cloudshift::Target::Retire;
    case Strategy:
        return target != cloudshift::Target::Azure; // staying costs no labour, so no strategy applies
    default:
        return false;
    }
}

Qt::ItemFlags ScenarioPlacementModel::flags(const QModelIndex& index) const
{
    // Views ask for the flags of the invalid index (the drop target of the empty area): not an error.
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (isFieldEditable(m_rows[static_cast<std::size_t>(index.row())], index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ScenarioPlacementModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case Qt::EditRole:
        return editValue(row, column);
    case SortRole:
        return sortValue(row, column);
    case ChoiceValuesRole:
        return choices(row, column, false);
    case ChoiceLabelsRole:
        return choices(row, column, true);
    case Qt::FontRole:
        if (column == Region && row.placement.region.isEmpty() && movesToCloud(row.placement.target)) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Region && movesToCloud(row.placement.target))
            return row.placement.region.isEmpty() ? tr("The region most of this workload's cost maps to")
                                                  : tr("Chosen region");
        if (column == WaveStart)
            return waveMonthText(row.placement.waveStart, m_firstMonth);
        if (column == OneTime)
            return tr("Labour %1, egress %2, parallel running %3")
                .arg(groupedMoney(row.figures.labour), groupedMoney(row.figures.egress),
                    groupedMoney(row.figures.parallelRun));
        return {};
    case Qt::TextAlignmentRole:
        if (column >= BaselineMonthly || column == SpotShare || column == WaveMonths)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        return static_cast<int>(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ScenarioPlacementModel::displayValue(const Row& row, int column) const
{
    const Placement& p = row.placement;
    const QString notApplicable = QStringLiteral("–");
    switch (static_cast<Column>(column)) {
    case Workload:
        return p.workload;
    case Target:
        return targetText(p.target);
    case Region:
        if (!movesToCloud(p.target))
            return notApplicable;
        return p.region.isEmpty() ? row.figures.region : p.region;
    case Pricing:
        return p.target == cloudshift::Target::Retire ? notApplicable : pricingText(p.pricing);
    case SpotShare:
        return movesToCloud(p.target) ? percentText(p.spotShare * 100.0) : notApplicable;
    case Strategy:
        return p.target == cloudshift::Target::Azure ? notApplicable : strategyText(p.strategy);
    case WaveStart:
        // The calendar month is what a plan is discussed in; the horizon's month index is in the tooltip.
        return m_firstMonth.isValid() ? monthText(m_firstMonth.addMonths(p.waveStart))
                                      : QString::number(p.waveStart);
    case WaveMonths:
        return p.waveMonths == 1 ? tr("1 month") : tr("%1 months").arg(p.waveMonths);
    case BaselineMonthly:
        return groupedMoney(row.figures.baselineMonthly);
    case TargetMonthly:
        return groupedMoney(row.figures.targetMonthly);
    case OneTime:
        return groupedMoney(row.figures.oneTime);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ScenarioPlacementModel::editValue(const Row& row, int column) const
{
    const Placement& p = row.placement;
    switch (static_cast<Column>(column)) {
    case Target:
        return static_cast<int>(p.target);
    case Region:
        return p.region;
    case Pricing:
        return static_cast<int>(p.pricing);
    case SpotShare:
        return p.spotShare;
    case Strategy:
        return static_cast<int>(p.strategy);
    case WaveStart:
        return p.waveStart;
    case WaveMonths:
        return p.waveMonths;
    default:
        return displayValue(row, column);
    }
}

QVariant ScenarioPlacementModel::sortValue(const Row& row, int column) const
{
    switch (static_cast<Column>(column)) {
    case Workload:
        return row.placement.workload;
    case Region:
        return displayValue(row, column);
    case BaselineMonthly:
        return qint64 { row.figures.baselineMonthly };
    case TargetMonthly:
        return qint64 { row.figures.targetMonthly };
    case OneTime:
        return qint64 { row.figures.oneTime };
    default:
        return editValue(row, column);
    }
}

QVariant ScenarioPlacementModel::choices(const Row& row, int column, bool labels) const
{
    QVariantList values;
    QStringList texts;
    switch (static_cast<Column>(column)) {
    case Target:
        values = enumValues(allTargets());
        for (cloudshift::Target t : allTargets())
            texts << targetText(t);
        break;
    case Pricing:
        values = enumValues(pricingChoices(row.placement.target));
        for (PricingModel m : pricingChoices(row.placement.target))
            texts << pricingText(m);
        break;
    case Strategy:
        values = enumValues(allStrategies());
        for (cloudshift::Strategy s : allStrategies())
            texts << strategyText(s);
        break;
    case Region: {
        if (!movesToCloud(row.placement.target))
            return {};
        values << QString();
        texts << tr("Mapped (%1)").arg(row.figures.region);
        const Cloud cloud = row.placement.target == cloudshift::Target::Aws ? Cloud::Aws : Cloud::Gcp;
        QStringList regions = Catalog::embedded().locatedRegions(cloud);
        regions.sort();
        for (const QString& region : regions) {
            values << region;
            texts << region;
        }
        break;
    }
    default:
        return {};
    }
    return labels ? QVariant(texts) : QVariant(values);
}

bool ScenarioPlacementModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    PlacementEdit edit;
    switch (static_cast<Column>(index.column())) {
    case Target:
        edit.target = static_cast<cloudshift::Target>(value.toInt());
        break;
    case Region:
        edit.region = value.toString();
        break;
    case Pricing:
        edit.pricing = static_cast<PricingModel>(value.toInt());
        break;
    case SpotShare:
        edit.spotShare = value.toDouble();
        break;
    case Strategy:
        edit.strategy = static_cast<cloudshift::Strategy>(value.toInt());
        break;
    case WaveStart:
        edit.waveStart = value.toInt();
        break;
    case WaveMonths:
        edit.waveMonths = value.toInt();
        break;
    default:
        return false;
    }
    // The view refreshes from the scenario set once the command has run, like after undo.
    applyEdit({ index.row() }, edit);
    return true;
}

QVariant ScenarioPlacementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto withCurrency = [this](const QString& name) {
        return m_currency.isEmpty() ? name : tr("%1 (%2)").arg(name, m_currency);
    };
    switch (static_cast<Column>(section)) {
    case Workload:
        return tr("Workload");
    case Target:
        return tr("Target");
    case Region:
        return tr("Region");
    case Pricing:
        return tr("Pricing");
    case SpotShare:
        return tr("Spot");
    case Strategy:
        return tr("Strategy");
    case WaveStart:
        return tr("Wave");
    case WaveMonths:
        return tr("Takes");
    case BaselineMonthly:
        return withCurrency(tr("Azure/mo"));
    case TargetMonthly:
        return withCurrency(tr("Target/mo"));
    case OneTime:
        return withCurrency(tr("One-time"));
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cloudshift
