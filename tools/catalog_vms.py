"""VM naming rules: series, family, category, GPU count and architecture for each cloud's type names.

The upstream tables give vCPU, memory, GPU and architecture where they know them; everything the mapper
compares on top of that (which family a type belongs to, which workload class it serves) is derived
here from the vendors' naming conventions, so the rules are in one place and the compiled catalog
only stores the result.
"""

import re

GENERAL = "general purpose"
BURSTABLE = "burstable"
COMPUTE = "compute optimized"
MEMORY = "memory optimized"
LARGE_MEMORY = "large memory"
STORAGE = "storage optimized"
GPU = "GPU"
ACCELERATOR = "accelerator"
HPC = "HPC"
OTHER = "other"

# ---------------------------------------------------------------------------------------------- Azure

_AZURE_SIZE = re.compile(r"^(?:Standard|Basic)_([A-Z]+)(\d+)(?:-\d+)?([a-z]*)((?:_[A-Za-z0-9]+)*)$")
# Name parts after the size that are neither an accelerator nor a version.
_AZURE_NOISE = re.compile(r"^(?:\d+|cc|xl|Promo|SPECIAL|ADHType\d+)$")


def azure_series(size):
    """("Dsv5", "dsv5") for Standard_D4s_v5; ("NCasT4_v3", "ncat4v3") for Standard_NC4as_T4_v3.

    The key drops the feature letters s (premium storage) and r (RDMA), which do not change the
    workload class, so Dv5/Dsv5 and NDasr/NDas meet on one key. None for names that are not VM sizes
    (dedicated host SKUs such as Dsv3_Type1).
    """
    m = _AZURE_SIZE.match(size)
    if not m:
        return None
    family, features, rest = m.group(1), m.group(3), m.group(4)
    accelerator, version = "", ""
    for part in rest.split("_")[1:]:
        if re.fullmatch(r"v\d+", part):
            version = part
        elif not _AZURE_NOISE.match(part):
            accelerator += part
    display = family + features + accelerator + (("_" + version) if accelerator and version else version)
    key = (family + re.sub(r"[sr]", "", features) + accelerator + version).lower()
    return display, key


# Series the equivalence table does not name, and the listed series of the same shape whose row they
# follow: B-series "ms" sizes have 4 GiB per vCPU like Bsv2; "ls"/"als" v2 sizes 2 GiB like Bs.
AZURE_SERIES_ALIASES = {"bm": "bv2", "blv2": "b", "balv2": "b"}


def azure_series_key(token):
    """Key of a series as written in the equivalence table ("Dsv5", "NCasT4_v3", "Ms")."""
    m = re.match(r"^([A-Z]+)([a-z]*)([A-Z][A-Za-z0-9]*?)?_?(v\d+)?$", token.strip())
    if not m:
        return None
    family, features, accelerator, version = (g or "" for g in m.groups())
    return (family + re.sub(r"[sr]", "", features) + accelerator + version).lower()


def azure_category(size, gpu):
    m = _AZURE_SIZE.match(size)
    if not m:
        return OTHER
    family, features = m.group(1), m.group(3)
    if family.startswith("NP"):
        return ACCELERATOR  # FPGA
    if family.startswith("N") or (gpu or 0) > 0:
        return GPU
    if family.startswith("H"):
        return HPC
    if family.startswith("M"):
        return LARGE_MEMORY
    if family.startswith("L"):
        return STORAGE
    if family.startswith("F"):
        return COMPUTE
    if family.startswith(("E", "G", "X")):
        return MEMORY
    if family.startswith("B"):
        return BURSTABLE
    if family.startswith("D") and "l" in features:
        return COMPUTE  # Dl*: 2 GiB per vCPU
    return GENERAL


def azure_arch(size):
    m = _AZURE_SIZE.match(size)
    return "arm64" if m and "p" in m.group(3) else "amd64"


# ------------------------------------------------------------------------------------------------ AWS

def aws_family(instance_type):
    return instance_type.split(".")[0]


def aws_category(family):
    if family.startswith("mac"):
        return OTHER
    if family.startswith(("inf", "trn", "dl", "vt")) or re.fullmatch(r"f\d+", family):
        return ACCELERATOR
    if family.startswith("hpc"):
        return HPC
    if family.startswith(("p", "g")):
        return GPU
    if family.startswith(("u-", "u7", "x")):
        return LARGE_MEMORY
    if family.startswith(("i", "d", "h", "im", "is")):
        return STORAGE
    if family.startswith("t"):
        return BURSTABLE
    if family.startswith(("r", "z")):
        return MEMORY
    if family.startswith("c"):
        return COMPUTE
    return GENERAL  # m*, a1


def aws_arch(family):
    """For types the spec table lacks: Graviton families carry a "g" after the generation digit."""
    return "arm64" if family == "a1" or re.match(r"^[a-z]+\d+g", family) else "amd64"


# ----------------------------------------------------------------------------------------- Google Cloud

_GCP_SHARED_CORE = {"e2-micro", "e2-small", "e2-medium", "f1-micro", "g1-small"}
_GCP_ARM_SERIES = {"t2a", "c4a", "n4a"}
# G2 shapes: one L4 up to 32 vCPU, then 2/4/8 (Google's published G2 machine types).
_GCP_G2_GPUS = {4: 1, 8: 1, 12: 1, 16: 1, 32: 1, 24: 2, 48: 4, 96: 8}


def gcp_family(machine_type):
    """"n2-standard" for n2-standard-4; "e2-shared" for the shared-core types."""
    if machine_type in _GCP_SHARED_CORE:
        return machine_type.split("-")[0] + "-shared"
    parts = machine_type.split("-")
    return "-".join(parts[:2]) if len(parts) >= 3 else machine_type


def gcp_gpus(machine_type, vcpu):
    m = re.match(r"^a\d+-\w+-(\d+)g$", machine_type)
    if m:
        return float(m.group(1))
    if machine_type.startswith("g2-"):
        return float(_GCP_G2_GPUS.get(int(vcpu), 1))
    if machine_type.startswith("g4-"):
        return vcpu / 48.0  # 48 vCPU per RTX PRO 6000; smaller shapes get a fraction of one
    return 0.0


def gcp_category(machine_type):
    series = machine_type.split("-")[0]
    if machine_type.startswith("custom-"):
        return OTHER
    if machine_type in _GCP_SHARED_CORE:
        return BURSTABLE
    if re.fullmatch(r"a\d+|g\d+", series):
        return GPU
    if series.startswith("h"):
        return HPC
    if re.fullmatch(r"m\d+|x\d+", series):
        return LARGE_MEMORY
    if series == "z3":
        return STORAGE
    kind = machine_type.split("-")[1] if "-" in machine_type else ""
    if kind == "highcpu":
        return COMPUTE
    if kind == "highmem":
        return MEMORY
    return GENERAL


def gcp_arch(machine_type):
    return "arm64" if machine_type.split("-")[0] in _GCP_ARM_SERIES else "amd64"
