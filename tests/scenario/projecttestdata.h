#pragma once

#include "pipeline/analysis.h"
#include "pipeline/projectanalysis.h"
#include "scenario/project.h"

#include <QFile>
#include <QTest>

// A project made from the bundled demo export, with the architect's work on top: grouping rules, a
// manual move, a mapping override and two scenarios. Imported once per test executable.
inline const cloudshift::Project& demoProject()
{
    using namespace cloudshift;
    static const Project project = [] {
        AnalysisRequest request{{demoExportPath()}};
        const Analysis imported = importExports(request);
        Project p = projectFromImport(imported, request);
        p.grouping.rules.push_back(
            {GroupingRule::Kind::NamePattern, QStringLiteral("^([a-z]+)-sql"), GroupingRule::Syntax::Regex, QString()});
        p.grouping.manualMoves[p.inventory->resources.front().id] = QStringLiteral("moved by hand");
        p.mappingOverrides.push_back({QString(), QStringLiteral("platform"), Cloud::Aws, {QStringLiteral("eu-west-1"), QString()}});
        Scenario web;
        web.name = QStringLiteral("Move the web tier");
        web.assumptions.horizonMonths = 48;
        web.assumptions.growthPerYear = 0.05;
        web.placements.push_back({QStringLiteral("booking"), Target::Aws, QStringLiteral("eu-west-1"), PricingModel::SavingsPlan1y,
            0.25, Strategy::Replatform, 3, 2});
        Scenario stay;
        stay.name = QStringLiteral("Stay, reserved");
        stay.placements.push_back({QStringLiteral("platform"), Target::Azure, QString(), PricingModel::Reserved3y});
        p.scenarios = {web, stay};
        return p;
    }();
    return project;
}

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
