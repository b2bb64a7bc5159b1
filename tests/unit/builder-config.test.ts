import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { BACKUP_EXTENSION } from '../../electron/backup-file';

/**
 * electron-builder.yml checked offline against electron-builder's own schema (the same check its CLI runs
 * before building), plus the installer decisions that must not drift: per-user without admin, languages,
 * shortcuts, the backup-file association, the security fuses and the icon.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));

async function loadConfig(): Promise<Configuration> {
  return getConfig(root, path.join(root, 'electron-builder.yml'), null);
}

const validate = (config: Configuration) => validateConfiguration(config, new DebugLogger(false));

describe('electron-builder.yml', () => {
  it('passes electron-builder’s configuration schema', async () => {
    await expect(validate(await loadConfig())).resolves.toBeUndefined();
  });

  it('a misspelt or unknown key fails the same check', async () => {
    const config = await loadConfig();
    await expect(
      validate({ ...config, nsis: { ...config.nsis, perMashine: false } } as Configuration),
    ).rejects.toThrow(/does not match the API schema/);
    await expect(validate({ ...config, installerLanguage: 'ru' } as Configuration)).rejects.toThrow(
      /unknown property 'installerLanguage'/,
    );
    await expect(
      validate({ ...config, electronFuses: { ...config.electronFuses, runAsNodes: false } } as Configuration),
    ).rejects.toThrow(/does not match the API schema/);
  });

  it('builds a per-user NSIS installer with folder choice, ru + en, and both shortcuts', async () => {
    const config = await loadConfig();
    expect(config.productName).toBe('ПрофПроба');
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.win?.artifactName).toContain('${version}');
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      shortcutName: 'ПрофПроба',
      multiLanguageInstaller: true,
      deleteAppDataOnUninstall: false,
    });
    expect(config.nsis?.installerLanguages).toEqual(['ru_RU', 'en_US']);
    // Without this macro the assisted installer offers "for all users", which needs administrator rights.
    const include = fs.readFileSync(path.join(root, config.nsis!.include!), 'utf8');
    expect(include).toMatch(/!macro customInstallMode\s+StrCpy \$isForceCurrentInstall "1"\s+!macroend/);
  });

  it('names only resources that exist where electron-builder looks (build resources, then project)', async () => {
    const config = await loadConfig();
    const resources = path.join(root, config.directories!.buildResources!);
    const named = [
      config.icon,
      config.win?.icon,
      config.nsis?.installerIcon,
      config.nsis?.uninstallerIcon,
      config.nsis?.include,
      ...[config.fileAssociations].flat().map((a) => a?.icon),
    ];
    expect(named.every((n) => typeof n === 'string')).toBe(true);
    for (const name of named as string[]) {
      const found = [path.resolve(resources, name), path.resolve(root, name)].some((p) => fs.existsSync(p));
      expect(found, name).toBe(true);
    }
  });

  it('associates backup files with the app', async () => {
    const config = await loadConfig();
    const associations = [config.fileAssociations].flat();
    expect(associations).toHaveLength(1);
    expect(`.${associations[0]!.ext}`).toBe(BACKUP_EXTENSION);
    expect(associations[0]!.description).toBe('Резервная копия ПрофПробы');
  });

  it('sets the security fuses as the checklist recommends', async () => {
    const config = await loadConfig();
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs only the bundled app, never node_modules', async () => {
    const config = await loadConfig();
    expect([config.files].flat()).toEqual([
      { filter: ['dist/electron/**', 'dist/renderer/**', 'package.json', '!node_modules/**'] },
    ]);
    expect(config.asar).toBe(true);
    expect(config.extraMetadata?.main).toBe('dist/electron/main.cjs');
  });
});

describe('resources/icon.ico', () => {
  it('holds every size from 16 to 256 px, made from the one SVG', async () => {
    const config = await loadConfig();
    const ico = fs.readFileSync(path.join(root, config.win!.icon!));
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const entry = 6 + 16 * i;
      const size = ico[entry] || 256;
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      expect(offset + length).toBeLessThanOrEqual(ico.length);
      const image = ico.subarray(offset, offset + length);
      if (size === 256) {
        expect([...image.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
      } else {
        // A 32-bit DIB whose height counts the colour image and the transparency mask.
        expect([image.readUInt32LE(0), image.readInt32LE(4), image.readInt32LE(8)]).toEqual([
          40,
          size,
          size * 2,
        ]);
        expect(image.readUInt16LE(14)).toBe(32);
      }
      sizes.push(size);
    }
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
    expect(fs.existsSync(path.join(root, 'resources', 'icon.svg'))).toBe(true);
    expect(
      fs
        .readFileSync(path.join(root, 'resources', 'icon.png'))
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });

  it('is exactly what scripts/make-icons.mjs makes from resources/icon.svg', async () => {
    const script = pathToFileURL(path.join(root, 'scripts', 'make-icons.mjs')).href;
    const { buildIco } = (await import(script)) as { buildIco: (svg: Buffer) => Buffer };
    const fresh = buildIco(fs.readFileSync(path.join(root, 'resources', 'icon.svg')));
    expect(fresh.equals(fs.readFileSync(path.join(root, 'resources', 'icon.ico')))).toBe(true);
  });
});
