"""Prints what GDAL reads from every fixture: size, bands, data type, compression, layout, nodata, per-band sum/min/max
over all pixels, and the values at a few pixels (as gdallocationinfo reports them), as JSON. The tests compare the
project's TIFF reader with these numbers. Run with Debian's /usr/bin/python3 (python3-gdal)."""
import glob
import json
import os
import sys
from osgeo import gdal

gdal.UseExceptions()
os.chdir(sys.argv[1])
POINTS = [(0, 0), (20, 0), (0, 17), (20, 17), (15, 15), (16, 16), (5, 3), (17, 11), (10, 9), (3, 12)]
result = {}
for path in sorted(glob.glob("*.tif")):
    if path.startswith("src_") or path.startswith("unsupported_"):
        continue
    ds = gdal.Open(path)
    image = ds.GetMetadata("IMAGE_STRUCTURE")
    points = [(min(px, ds.RasterXSize - 1), min(py, ds.RasterYSize - 1)) for px, py in POINTS]
    bands = []
    for b in range(1, ds.RasterCount + 1):
        band = ds.GetRasterBand(b)
        a = band.ReadAsArray().astype("float64")
        bands.append({
            "sum": float(a.sum()), "min": float(a.min()), "max": float(a.max()),
            "points": [float(a[py, px]) for px, py in points],
        })
    result[path] = {
        "width": ds.RasterXSize, "height": ds.RasterYSize, "bands": ds.RasterCount,
        "data_type": gdal.GetDataTypeName(ds.GetRasterBand(1).DataType),
        "compression": image.get("COMPRESSION", "NONE"), "interleave": image.get("INTERLEAVE"),
        "tiled": ds.GetRasterBand(1).GetBlockSize()[1] != 1 and ds.GetRasterBand(1).GetBlockSize()[0] != ds.RasterXSize,
        "nodata": ds.GetRasterBand(1).GetNoDataValue(),
        "points": [[px, py] for px, py in points],
        "per_band": bands,
    }
json.dump({"gdal_version": gdal.__version__, "fixtures": result}, sys.stdout, indent=1)
print()
