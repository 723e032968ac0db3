using SocioRunner.Core.Nodes;

namespace SocioRunner.Core.Tests.TestKinds;

/// <summary><c>test/disk-full</c>: starts writing its output, then fails the way a full disk does (ENOSPC).</summary>
public sealed class DiskFullNode : NodeKind<NumberOptions>
{
    public const string Message = "No space left on device : 'big.bin'";

    public override string Name => "test/disk-full";
    public override string Description => "writes half a file, then the disk is full";
    public override IReadOnlyList<InputSlot> Inputs => [new InputSlot("terms", ["number"], Required: false, Many: true)];
    public override string OutputType => "number";

    protected override async Task ExecuteAsync(NodeContext context, NumberOptions options)
    {
        await using var stream = File.Create(context.OutputPath("big.bin"));
        await stream.WriteAsync(new byte[4096]);
        await stream.FlushAsync();
        throw new IOException(Message, unchecked((int)0x8007001C)); // HResult of ENOSPC on Unix
    }
}
