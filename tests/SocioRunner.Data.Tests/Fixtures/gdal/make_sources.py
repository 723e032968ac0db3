"""Writes the uncompressed source rasters that make_fixtures.sh re-encodes with gdal_translate / gdalwarp.

21 x 18 pixels (not a multiple of the 16 x 16 tiles, so edge tiles are partial), georeferenced in EPSG:28992
(Amersfoort / RD New, the liveability grid's CRS) at 1 m per pixel. Run with Debian's /usr/bin/python3 (python3-gdal).
"""
import sys
import numpy as np
from osgeo import gdal, osr

W, H = 21, 18
out = sys.argv[1]
y, x = np.mgrid[0:H, 0:W]


def write(name, bands, dtype, nodata=None):
    driver = gdal.GetDriverByName("GTiff")
    ds = driver.Create(f"{out}/{name}", W, H, len(bands), dtype)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    ds.SetProjection(srs.ExportToWkt())
    ds.SetGeoTransform((121000.0, 1.0, 0.0, 487018.0, 0.0, -1.0))
    for i, band in enumerate(bands):
        ds.GetRasterBand(i + 1).WriteArray(band)
        if nodata is not None:
            ds.GetRasterBand(i + 1).SetNoDataValue(nodata)
    ds = None


u8 = [((x * 7 + y * 13 + b * 50) % 256).astype(np.uint8) for b in range(5)]
write("src_u8x3.tif", u8[:3], gdal.GDT_Byte)
write("src_u8x5.tif", u8, gdal.GDT_Byte)
write("src_u16.tif", [((x * 3001 + y * 977 + b * 20011) % 65536).astype(np.uint16) for b in range(3)], gdal.GDT_UInt16)
i16 = [((x * 911 - y * 1733 + b * 5000) % 60000 - 30000).astype(np.int16) for b in range(3)]
for band in i16:
    band[2:5, 3:9] = -32768  # a nodata block
write("src_i16.tif", i16, gdal.GDT_Int16, nodata=-32768)
f32 = [(np.sin(x * 0.37 + b) * 1000.5 + y * 12.25).astype(np.float32) for b in range(3)]
for band in f32:
    band[10:14, 15:20] = -9999.0
write("src_f32.tif", f32, gdal.GDT_Float32, nodata=-9999.0)
