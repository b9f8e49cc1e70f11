#include "inflater.h"

#include "billing/zlibinflater.h"

#include <QFile>

#if defined(CLOUDSHIFT_HAVE_ISAL)
#include "billing/isalinflater.h"
#endif

namespace cloudshift {

std::unique_ptr<Inflater> Inflater::create(std::unique_ptr<QFile> file, Engine engine)
{
#if defined(CLOUDSHIFT_HAVE_ISAL)
    if (engine == Engine::Fastest)
        return std::make_unique<IsalInflater>(std::move(file));
#else
    (void)engine;
#endif
    return std::make_unique<ZlibInflater>(std::move(file));
}

bool Inflater::hasIsal()
{
#if defined(CLOUDSHIFT_HAVE_ISAL)
    return true;
#else
    return false;
#endif
}

} // namespace cloudshift
