#include "projectanalysis.h"

namespace cloudshift {

AnalysisRequest analysisRequestFor(const Project& project)
{
    AnalysisRequest request;
    request.workloadTagKeys = project.grouping.tagKeys();
    request.grouping = project.grouping;
    request.mappingOverrides = project.mappingOverrides;
    request.assumptions = project.assumptions;
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
    if (request.scenario)
        project.scenarios.push_back(*request.scenario);
    return project;
}

} // namespace cloudshift
