#include "scenariotext.h"

#include "models/displaytext.h"

#include <QCoreApplication>
#include <QDate>

namespace cloudshift {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cloudshift", text);
}

} // namespace

QString targetText(Target target)
{
    switch (target) {
    case Target::Azure:
        return tr("Azure");
    case Target::Aws:
        return tr("AWS");
    case Target::Gcp:
        return tr("Google Cloud");
    case Target::Retire:
        return tr("Retire");
    }
    return {};
}

QString pricingText(PricingModel pricing)
{
    switch (pricing) {
    case PricingModel::OnDemand:
        return tr("On-demand");
    case PricingModel::Reserved1y:
        return tr("Reserved 1 year");
    case PricingModel::Reserved3y:
        return tr("Reserved 3 years");
    case PricingModel::SavingsPlan1y:
        return tr("Savings plan 1 year");
    case PricingModel::SavingsPlan3y:
        return tr("Savings plan 3 years");
    case PricingModel::Committed1y:
        return tr("Committed use 1 year");
    case PricingModel::Committed3y:
        return tr("Committed use 3 years");
    }
    return {};
}

QString strategyText(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Rehost:
        return tr("Rehost");
    case Strategy::Replatform:
        return tr("Replatform");
    case Strategy::Refactor:
        return tr("Refactor");
    case Strategy::Repurchase:
        return tr("Repurchase");
    case Strategy::Retire:
        return tr("Retire");
    case Strategy::Retain:
        return tr("Retain");
    case Strategy::Relocate:
        return tr("Relocate");
    }
    return {};
}

QString waveMonthText(int month, const QDate& firstMonth)
{
    if (!firstMonth.isValid())
        return tr("Month %1").arg(month);
    return tr("Month %1 (%2)").arg(month).arg(monthText(firstMonth.addMonths(month)));
}

std::vector<Target> allTargets()
{
    return { Target::Azure, Target::Aws, Target::Gcp, Target::Retire };
}

std::vector<Strategy> allStrategies()
{
    return { Strategy::Rehost, Strategy::Replatform, Strategy::Refactor, Strategy::Repurchase,
        Strategy::Retire, Strategy::Retain, Strategy::Relocate };
}

std::vector<PricingModel> pricingChoices(Target target)
{
    switch (target) {
    case Target::Aws:
    case Target::Azure:
        return { PricingModel::OnDemand, PricingModel::Reserved1y, PricingModel::Reserved3y,
            PricingModel::SavingsPlan1y, PricingModel::SavingsPlan3y };
    case Target::Gcp:
        return { PricingModel::OnDemand, PricingModel::Committed1y, PricingModel::Committed3y };
    case Target::Retire:
        break;
    }
    return {};
}

} // namespace cloudshift
