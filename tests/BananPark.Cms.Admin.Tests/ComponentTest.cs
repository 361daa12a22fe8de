using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Forms.Mapping;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Admin.Tests;

/// <summary>
/// A bUnit context set up like the admin's static server rendering of a GET request: not
/// interactive, inside the root form mapping scope, no form posted, and an antiforgery token to
/// render, so forms can be checked for it.
/// </summary>
public abstract class ComponentTest : BunitContext
{
    public const string AntiforgeryField = "__RequestVerificationToken";
    public const string AntiforgeryValue = "test-antiforgery-token";

    protected ComponentTest()
    {
        Services.AddSingleton<AntiforgeryStateProvider>(new FixedAntiforgery());
        Services.AddSingleton<IFormValueMapper, NoFormPosted>();
        RenderTree.Add<StaticFormsRoot>();
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
    }

    private sealed class FixedAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken GetAntiforgeryToken() => new(AntiforgeryValue, AntiforgeryField);
    }
}
