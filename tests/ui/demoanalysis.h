#pragma once

#include "pipeline/analysis.h"

// The bundled demo analysed once per test executable: the chart and report tests compare what they
// render with these engine results.
inline const cloudshift::Analysis& demoAnalysis()
{
    static const cloudshift::Analysis analysis = [] {
        cloudshift::AnalysisRequest request;
        request.inputs = { cloudshift::demoExportPath() };
        return cloudshift::runAnalysis(request);
    }();
    return analysis;
}
