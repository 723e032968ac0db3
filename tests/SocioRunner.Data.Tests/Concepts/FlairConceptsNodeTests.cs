using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Errors;
using SocioRunner.Core.Nodes;
using SocioRunner.Data.Concepts;
using SocioRunner.Data.Concepts.Flair;
using SocioRunner.Data.Images;

namespace SocioRunner.Data.Tests.Concepts;

public class FlairConceptsNodeTests(CityFixture city) : IClassFixture<CityFixture>
{
    Dictionary<string, ArtifactHandle> Raw => new() { ["raw"] = NodeRunner.Handle(city.Root, ArtifactTypes.RawData) };

    [Fact]
    public void Default_bank_finds_every_concept_in_the_synthetic_city()
    {
        using var temp = new TempDirectory();
        NodeRunner.Run(new FlairConceptsNode(), new FlairConceptsOptions { MaxPerConcept = 5 }, temp.Sub("out"), inputs: Raw);
        var concepts = ConceptsArtifact.Open(temp.Sub("out"));
        Assert.Empty(concepts.Dropped);
        Assert.Equal(FlairConceptBank.Default().Keys, concepts.Concepts.Select(c => c.Name));
        Assert.All(concepts.Concepts, c => Assert.InRange(c.ImagePaths.Count, 3, 5));
        var png = PngCodec.Decode(concepts.Concepts[0].ImagePaths[0]);
        Assert.Equal((64, 64, 3), (png.Width, png.Height, png.Bands));
    }

    [Fact]
    public void Patch_pixels_round_trip_from_tiff_to_png_and_masks_satisfy_the_rules()
    {
        using var temp = new TempDirectory();
        var rule = new ConceptRule { Classes = [5], Min = 0.6 };
        NodeRunner.Run(new FlairConceptsNode(), new FlairConceptsOptions { Concepts = new() { ["water"] = [rule], ["snow"] = [new() { Classes = [14], Min = 0.1 }] } }, temp.Sub("out"), inputs: Raw);
        var concepts = ConceptsArtifact.Open(temp.Sub("out"));
        Assert.Equal(["snow"], concepts.Dropped);
        foreach (var png in concepts.Concepts.Single().ImagePaths)
        {
            string id = Path.GetFileNameWithoutExtension(png)["IMG_".Length..];
            var tiff = TiffCodec.Decode(Directory.GetFiles(city.Root, $"IMG_{id}.tif", SearchOption.AllDirectories).Single());
            var mask = TiffCodec.Decode(Directory.GetFiles(city.Root, $"MSK_{id}.tif", SearchOption.AllDirectories).Single());
            Assert.Equal(tiff.Data[..(3 * 64 * 64)], PngCodec.Decode(png).Data);
            Assert.True(mask.Data.Count(v => v == 5) >= 0.6 * mask.Data.Length);
        }
    }

    [Fact]
    public void Mask_with_a_code_outside_1_to_19_is_named()
    {
        using var temp = new TempDirectory();
        string root = temp.Sub("flair");
        TiffCodec.WriteBytes(Path.Combine(root, "img", "IMG_000001.tif"), new byte[5 * 16], 4, 4, 5);
        TiffCodec.WriteBytes(Path.Combine(root, "msk", "MSK_000001.tif"), [.. Enumerable.Repeat((byte)3, 15), 25], 4, 4, 1);
        var error = Assert.Throws<InvalidInputException>(() => NodeRunner.Run(new FlairConceptsNode(), new FlairConceptsOptions { Root = root }, temp.Sub("out")));
        Assert.Contains("MSK_000001.tif: mask holds class code 25", error.Message);
    }

    [Fact]
    public void Tiff_with_too_few_bands_is_named()
    {
        using var temp = new TempDirectory();
        string root = temp.Sub("flair");
        TiffCodec.WriteBytes(Path.Combine(root, "img", "IMG_000001.tif"), new byte[2 * 16], 4, 4, 2);
        TiffCodec.WriteBytes(Path.Combine(root, "msk", "MSK_000001.tif"), [.. Enumerable.Repeat((byte)5, 16)], 4, 4, 1);
        var error = Assert.Throws<InvalidInputException>(() => NodeRunner.Run(new FlairConceptsNode(), new FlairConceptsOptions { Root = root }, temp.Sub("out")));
        Assert.Contains("IMG_000001.tif: has 2 band(s)", error.Message);
    }

    [Fact]
    public void Truncated_tiff_is_named()
    {
        using var temp = new TempDirectory();
        string root = temp.Sub("flair");
        TiffCodec.WriteBytes(Path.Combine(root, "img", "IMG_000001.tif"), new byte[3 * 4096], 64, 64, 3);
        string mask = Path.Combine(root, "msk", "MSK_000001.tif");
        TiffCodec.WriteBytes(mask, [.. Enumerable.Range(0, 4096).Select(i => (byte)(1 + i % 19))], 64, 64, 1);
        File.WriteAllBytes(mask, File.ReadAllBytes(mask)[..40]);
        var error = Assert.Throws<InvalidInputException>(() => NodeRunner.Run(new FlairConceptsNode(), new FlairConceptsOptions { Root = root }, temp.Sub("out")));
        Assert.Contains("MSK_000001.tif", error.Message);
    }

    [Fact]
    public void Missing_root_names_the_option() =>
        Assert.Contains("'root'", Assert.Throws<InvalidInputException>(() =>
            NodeRunner.Run(new FlairConceptsNode(), new FlairConceptsOptions(), Path.Combine(Path.GetTempPath(), "socio-unused-" + Guid.NewGuid()))).Message);
}
