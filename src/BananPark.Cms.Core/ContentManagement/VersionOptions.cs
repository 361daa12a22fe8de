namespace BananPark.Cms.Core.ContentManagement;

/// <summary>Which version of an item a read wants.</summary>
public enum VersionOptions
{
    /// <summary>The version the public site shows.</summary>
    Published,

    /// <summary>The newest version, draft or published.</summary>
    Latest,
}
