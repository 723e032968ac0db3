using SocioRunner.Core.Errors;

namespace SocioRunner.Data;

/// <summary>All wording of the data errors in one place; each names the file (or option) and says what to do.</summary>
internal static class DataErrors
{
    public static InvalidInputException MissingRoot(string kind, string option, string? path, string howToObtain) =>
        new(path is null
            ? $"{kind}: option '{option}' is not set and no 'raw' input is connected; set {option}: ${{env:VAR}} to the dataset folder. {howToObtain}"
            : $"{kind}: dataset not found: {option} '{path}' does not exist (point option '{option}' at the dataset folder, e.g. {option}: ${{env:VAR}}). {howToObtain}");

    public static InvalidInputException MissingFile(string path, string what) =>
        new($"{path}: missing {what}");

    public static InvalidInputException DuplicateId(string path, string id, string? other = null) =>
        new(other is null ? $"{path}: duplicate id '{id}'" : $"{path}: duplicate id '{id}' (also {other})");

    public static InvalidInputException CorruptImage(string path, string problem, Exception? inner = null) =>
        new($"{path}: corrupt or unreadable image ({problem})", inner);

    public static InvalidInputException ImageTooLarge(string path, long width, long height, SocioRunner.Core.Inputs.InputLimits limits) =>
        new($"{path}: the image header says {width} x {height} pixels, above the limit of {limits.ImageMaxSide} pixels per side and {limits.ImageMaxPixels:N0} pixels in all (settings image_max_side and image_max_pixels, SOCIO_IMAGE_MAX_SIDE and SOCIO_IMAGE_MAX_PIXELS); nothing was decoded");

    public static InvalidInputException UnsupportedCompression(string path, string compression) =>
        new($"{path}: TIFF compression {compression} is not supported by the TIFF reader (none, LZW, DEFLATE, PackBits and JPEG are); re-encode it, e.g. gdal_translate -co COMPRESS=DEFLATE in.tif out.tif");

    public static InvalidInputException TooFewBands(string path, int bands, int needed) =>
        new($"{path}: has {bands} band(s), at least {needed} needed (R, G, B)");

    public static InvalidInputException BadMaskCode(string path, int code) =>
        new($"{path}: mask holds class code {code}, FLAIR codes are 1..19");

    public static InvalidInputException EmptySplit(string where, string split) =>
        new($"{where}: split '{split}' is empty (too few usable samples; check the counts of skipped tiles above)");

    public static InvalidInputException NothingLeft(string where, string detail) =>
        new($"{where}: no usable samples left ({detail})");
}
