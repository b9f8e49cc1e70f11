#pragma once

#include "billing/exportpreview.h"

#include <QStringList>

#include <vector>

namespace cloudshift {

/// What the import page knows about the user's inputs before the analysis reads them: the files they
/// stand for (a folder or manifest.json expands to its part files) and the first rows of each.
struct ExportInspection
{
    QStringList inputs;
    std::vector<ExportPreview> previews; ///< one per file, in import order, up to ExportInspector's cap
    qsizetype fileCount = 0; ///< files the inputs stand for, previewed or not
    QStringList problems; ///< why a folder or manifest could not be expanded

    /// Index of the first preview whose header needs a column mapping; -1 when none does.
    int firstUnmapped() const
    {
        for (std::size_t i = 0; i < previews.size(); ++i) {
            if (previews[i].error.isEmpty() && !previews[i].schema)
                return static_cast<int>(i);
        }
        return -1;
    }
};

} // namespace cloudshift
