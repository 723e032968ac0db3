#!/bin/sh
# Regenerates the GDAL-written TIFF and GeoJSON fixtures of this folder and expected.json (what GDAL reads from them).
# Needs Debian's gdal-bin and python3-gdal (apt-get install -y gdal-bin python3-gdal); made with GDAL 3.6.2 (Debian 12).
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 make_sources.py "$tmp"
rm -f ./*.tif ./*.geojson
t() { gdal_translate -q "$@"; }

# 8-bit RGB: striped and tiled, every lossless compression LibTiff.NET has, predictors, BigTIFF, band interleaving.
t -co COMPRESS=NONE "$tmp/src_u8x3.tif" u8_striped_none.tif
t -co COMPRESS=LZW -co TILED=YES -co BLOCKXSIZE=16 -co BLOCKYSIZE=16 "$tmp/src_u8x3.tif" u8_tiled_lzw.tif
t -co COMPRESS=DEFLATE -co PREDICTOR=2 -co BLOCKYSIZE=5 "$tmp/src_u8x3.tif" u8_striped_deflate_predictor2.tif
t -co COMPRESS=PACKBITS "$tmp/src_u8x3.tif" u8_striped_packbits.tif
t -co COMPRESS=LZW -co BIGTIFF=YES "$tmp/src_u8x3.tif" u8_bigtiff_lzw.tif
t -co COMPRESS=DEFLATE -co INTERLEAVE=BAND -co TILED=YES -co BLOCKXSIZE=16 -co BLOCKYSIZE=16 "$tmp/src_u8x5.tif" u8x5_tiled_deflate_band_interleaved.tif
t -co COMPRESS=LZW -co INTERLEAVE=BAND "$tmp/src_u8x5.tif" u8x5_striped_lzw_band_interleaved.tif
gdalwarp -q -overwrite -r near -tr 1.5 1.5 -co COMPRESS=DEFLATE -co TILED=YES -co BLOCKXSIZE=16 -co BLOCKYSIZE=16 "$tmp/src_u8x3.tif" u8_gdalwarp_resampled_deflate.tif

# 16-bit unsigned, int16 and float32 with nodata, predictors 2 and 3.
t -co COMPRESS=LZW -co PREDICTOR=2 -co TILED=YES -co BLOCKXSIZE=16 -co BLOCKYSIZE=16 "$tmp/src_u16.tif" u16_tiled_lzw_predictor2.tif
t -co COMPRESS=DEFLATE -co PREDICTOR=2 "$tmp/src_i16.tif" i16_striped_deflate_predictor2_nodata.tif
t -co COMPRESS=DEFLATE -co PREDICTOR=3 -co TILED=YES -co BLOCKXSIZE=16 -co BLOCKYSIZE=16 "$tmp/src_f32.tif" f32_tiled_deflate_predictor3_nodata.tif
t -co COMPRESS=LZW -co INTERLEAVE=BAND "$tmp/src_f32.tif" f32_striped_lzw_band_interleaved_nodata.tif

# Compressions GDAL writes but LibTiff.NET cannot read: the reader must name them.
t -co COMPRESS=ZSTD "$tmp/src_u8x3.tif" unsupported_zstd.tif
t -co COMPRESS=LERC "$tmp/src_u8x3.tif" unsupported_lerc.tif
t -co COMPRESS=WEBP "$tmp/src_u8x3.tif" unsupported_webp.tif
t -co COMPRESS=JPEG "$tmp/src_u8x3.tif" u8_striped_jpeg.tif

# The liveability grid as ogr2ogr writes it: EPSG:28992 with a 'crs' member, Polygon and MultiPolygon features.
ogr2ogr -f GeoJSON -a_srs EPSG:28992 -oo AUTODETECT_TYPE=YES -oo GEOM_POSSIBLE_NAMES=wkt -oo KEEP_GEOM_COLUMNS=NO \
    liveability_grid_ogr2ogr.geojson grid.csv

/usr/bin/python3 expected.py . > expected.json
