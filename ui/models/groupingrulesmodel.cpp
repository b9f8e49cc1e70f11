#include "groupingrulesmodel.h"

#include <QFont>

#include <utility>

namespace cloudshift {

namespace {

constexpr GroupingRule::Kind kKinds[] = { GroupingRule::Kind::TagKey, GroupingRule::Kind::ResourceGroup,
    GroupingRule::Kind::Subscription, GroupingRule::Kind::NamePattern };
constexpr GroupingRule::Syntax kSyntaxes[] = { GroupingRule::Syntax::Wildcard, GroupingRule::Syntax::Regex };

} // namespace

GroupingRulesModel::GroupingRulesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString GroupingRulesModel::kindText(GroupingRule::Kind kind)
{
    switch (kind) {
    case GroupingRule::Kind::TagKey:
        return tr("Tag");
    case GroupingRule::Kind::ResourceGroup:
        return tr("Resource group");
    case GroupingRule::Kind::Subscription:
        return tr("Subscription");
    case GroupingRule::Kind::NamePattern:
        return tr("Resource name");
    }
    return {};
}

QString GroupingRulesModel::syntaxText(GroupingRule::Syntax syntax)
{
    return syntax == GroupingRule::Syntax::Regex ? tr("Regular expression") : tr("Wildcard");
}

void GroupingRulesModel::setRules(const std::vector<GroupingRule>& rules)
{
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

int GroupingRulesModel::addRule()
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_rules.push_back(GroupingRule {});
    endInsertRows();
    return row;
}

void GroupingRulesModel::removeRule(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_rules.erase(m_rules.begin() + row);
    endRemoveRows();
}

bool GroupingRulesModel::moveRule(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= rowCount() || to < 0 || to >= rowCount() || delta == 0)
        return false;
    // beginMoveRows names the row the moved one ends up before, in the order before the move.
    if (!beginMoveRows({}, row, row, {}, delta > 0 ? to + 1 : to))
        return false;
    std::swap(m_rules[static_cast<std::size_t>(row)], m_rules[static_cast<std::size_t>(to)]);
    endMoveRows();
    return true;
}

int GroupingRulesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rules.size());
}

int GroupingRulesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags GroupingRulesModel::flags(const QModelIndex& index) const
{
    // Views ask for the flags of the invalid index (the drop target of the empty area): not an error.
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags
        = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren | Qt::ItemIsEditable;
    // A tag key is a name, not a pattern: the syntax does not apply to it.
    if (index.column() == Syntax
        && m_rules[static_cast<std::size_t>(index.row())].kind == GroupingRule::Kind::TagKey)
        flags &= ~Qt::ItemIsEditable;
    return flags;
}

QVariant GroupingRulesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupingRule& rule = m_rules[static_cast<std::size_t>(index.row())];
    const bool tag = rule.kind == GroupingRule::Kind::TagKey;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Kind:
            return kindText(rule.kind);
        case Pattern:
            return rule.pattern;
        case Syntax:
            return tag ? QStringLiteral("–") : syntaxText(rule.syntax);
        case Workload:
            if (!rule.workload.isEmpty())
                return rule.workload;
            return tag ? tr("the tag's value") : tr("the matched value");
        }
        return {};
    case Qt::FontRole:
        if (index.column() == Workload && rule.workload.isEmpty()) {
            QFont italic;
            italic.setItalic(true);
            return italic; // says where the name comes from, not a name
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case Kind:
            return static_cast<int>(rule.kind);
        case Syntax:
            return static_cast<int>(rule.syntax);
        case Pattern:
            return rule.pattern;
        case Workload:
            return rule.workload;
        }
        return {};
    case ChoiceValuesRole:
    case ChoiceLabelsRole: {
        QVariantList values;
        QStringList labels;
        if (index.column() == Kind) {
            for (GroupingRule::Kind kind : kKinds) {
                values << static_cast<int>(kind);
                labels << kindText(kind);
            }
        } else if (index.column() == Syntax) {
            for (GroupingRule::Syntax syntax : kSyntaxes) {
                values << static_cast<int>(syntax);
                labels << syntaxText(syntax);
            }
        } else {
            return {};
        }
        return role == ChoiceValuesRole ? QVariant(values) : QVariant(labels);
    }
    case Qt::ToolTipRole:
        if (index.column() == Workload && rule.workload.isEmpty())
            return tag ? tr("Empty: the tag's value names the workload")
                       : tr("Empty: the matched value names the workload");
        if (index.column() == Pattern)
            return tag ? tr("The tag key, e.g. app")
                       : tr("Wildcards * and ?, or a regular expression; empty matches any");
        return {};
    default:
        return {};
    }
}

bool GroupingRulesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    GroupingRule& rule = m_rules[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case Kind:
        rule.kind = static_cast<GroupingRule::Kind>(value.toInt());
        break;
    case Pattern:
        rule.pattern = value.toString().trimmed();
        break;
    case Syntax:
        rule.syntax = static_cast<GroupingRule::Syntax>(value.toInt());
        break;
    case Workload:
        rule.workload = value.toString().trimmed();
        break;
    default:
        return false;
    }
    // The kind decides how the syntax cell reads, so the whole row may change.
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

QVariant GroupingRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1; // rules are tried in this order
    switch (section) {
    case Kind:
        return tr("Looks at");
    case Pattern:
        return tr("Key or pattern");
    case Syntax:
        return tr("Syntax");
    case Workload:
        return tr("Workload name");
    }
    return {};
}

} // namespace cloudshift
