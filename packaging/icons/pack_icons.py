#!/usr/bin/env python3
"""Packs square PNG renders into a Windows .ico or a macOS .icns.

Both containers may hold PNG data directly (ICO since Windows Vista, ICNS since macOS 10.7), so no
image conversion is needed: the PNGs rendered by render.sh are copied in as they are.

usage: pack_icons.py ico|icns OUTPUT PNG...
"""
import struct
import sys

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

# ICNS element types that take PNG data, by pixel size. A size may fill a 1x and a 2x slot.
ICNS_TYPES = {
    16: [b"icp4"],
    32: [b"icp5", b"ic11"],
    64: [b"icp6", b"ic12"],
    128: [b"ic07"],
    256: [b"ic08", b"ic13"],
    512: [b"ic09", b"ic14"],
}


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if not data.startswith(PNG_MAGIC) or data[12:16] != b"IHDR":
        sys.exit(f"pack_icons.py: {path}: not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    if width != height:
        sys.exit(f"pack_icons.py: {path}: {width}x{height} is not square")
    return width, data


def pack_ico(images):
    images = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    directory, payload = b"", b""
    for size, data in images:
        if size > 256:
            sys.exit("pack_icons.py: ICO images are at most 256 px")
        dim = 0 if size == 256 else size  # 0 means 256 in the ICO directory
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return header + directory + payload


def pack_icns(images):
    body = b""
    for size, data in sorted(images):
        if size not in ICNS_TYPES:
            sys.exit(f"pack_icons.py: no ICNS slot for {size} px")
        for kind in ICNS_TYPES[size]:
            body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv):
    if len(argv) < 4 or argv[1] not in ("ico", "icns"):
        sys.exit(__doc__.strip().splitlines()[-1])
    images = [read_png(path) for path in argv[3:]]
    packed = pack_ico(images) if argv[1] == "ico" else pack_icns(images)
    with open(argv[2], "wb") as f:
        f.write(packed)


if __name__ == "__main__":
    main(sys.argv)
