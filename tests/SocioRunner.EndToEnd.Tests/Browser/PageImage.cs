namespace SocioRunner.EndToEnd.Tests.Browser;

/// <summary>An &lt;img&gt; as the browser saw it; a failed decode leaves it complete with a natural width of 0.</summary>
public sealed record PageImage(string Source, string Alt, bool Complete, int NaturalWidth, int NaturalHeight)
{
    public bool Loaded => Complete && NaturalWidth > 0;

    public override string ToString() => $"alt=\"{Alt}\" src={Source} complete={Complete} natural={NaturalWidth}x{NaturalHeight}";
}
