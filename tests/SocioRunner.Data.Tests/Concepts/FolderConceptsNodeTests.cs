using SocioRunner.Data.Concepts;
using SocioRunner.Data.Concepts.Folders;
using SocioRunner.Data.Images;

namespace SocioRunner.Data.Tests.Concepts;

public class FolderConceptsNodeTests
{
    [Fact]
    public void Copies_each_sub_folder_as_a_concept_and_drops_empty_ones()
    {
        using var temp = new TempDirectory();
        string root = temp.Sub("bank");
        var rgb = Enumerable.Range(0, 8 * 8 * 3).Select(i => (byte)(i % 250 + 3)).ToArray();
        PngCodec.EncodeRgb(Path.Combine(temp.Sub("bank/stripes"), "a.png"), rgb, 8, 8);
        TiffCodec.WriteBytes(Path.Combine(temp.Sub("bank/stripes"), "b.tif"), rgb, 8, 8, 3);
        temp.Sub("bank/empty");
        NodeRunner.Run(new FolderConceptsNode(), new FolderConceptsOptions { Root = root }, temp.Sub("out"));
        var concepts = ConceptsArtifact.Open(temp.Sub("out"));
        Assert.Equal(["empty"], concepts.Dropped);
        var stripes = Assert.Single(concepts.Concepts);
        Assert.Equal(2, stripes.ImagePaths.Count);
        Assert.Equal(PngCodec.Decode(Path.Combine(root, "stripes", "a.png")).Data, PngCodec.Decode(stripes.ImagePaths[0]).Data);
    }
}
