#include "projectanalysis.h"

namespace cloudshift {

AnalysisRequest analysisRequestFor(const Project& project)
{
    AnalysisRequest request;
    request.workloadTagKeys = project.grouping.tagKeys();
    request.grouping = project.grouping;
    request.mappingOverrides = project.mappingOverrides;
    request.assumptions = project.assumptions;
    request.riskWeights = project.riskWeights;
    request.dependencies = project.dependencies;
    request.userPopulations = project.userPopulations;
    return request;
}

Analysis analyseProject(const Project& project, const std::optional<Scenario>& scenario)
{
    AnalysisRequest request = analysisRequestFor(project);
    request.scenario = scenario;
    return analyseInventory(project.inventory, project.import, request);
}

Project projectFromImport(const Analysis& imported, const AnalysisRequest& request)
{
    Project project;
    project.import = imported.import;
    if (imported.inventory)
        project.inventory = imported.inventory;
    project.grouping = request.groupingSettings();
    project.mappingOverrides = request.mappingOverrides;
    project.assumptions = request.assumptions;
    project.riskWeights = request.riskWeights;
    project.dependencies = request.dependencies;
    project.userPopulations = request.userPopulations;
    if (request.scenario)
        project.scenarios.push_back(*request.scenario);
    return project;
}

} // namespace cloudshift
