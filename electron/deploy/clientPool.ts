/** One Keystone session per cloud and one Heat client per (cloud, region), shared by a run. */
import { resolveCloud, type CloudConfig, type ResolveOptions } from '../openstack/cloudConfig';
import { HeatClient, type HeatClientOptions } from '../openstack/heat';
import { Session, type SessionOptions } from '../openstack/session';

export interface ClientPoolOptions {
  /** How a cloud name becomes settings (default: clouds.yaml/secure.yaml/OS_* via resolveCloud). */
  resolve?: (cloud: string) => Promise<CloudConfig>;
  /** Where clouds.yaml is searched (env, cwd, home), when `resolve` is not given. */
  where?: Omit<ResolveOptions, 'cloud'>;
  session?: SessionOptions;
  heat?: HeatClientOptions;
}

export class ClientPool {
  private readonly options: ClientPoolOptions;
  private readonly sessions = new Map<string, Promise<Session>>();
  private readonly heats = new Map<string, Promise<HeatClient>>();

  constructor(options: ClientPoolOptions = {}) {
    this.options = options;
  }

  session(cloud: string): Promise<Session> {
    let s = this.sessions.get(cloud);
    if (s === undefined) {
      const resolve =
        this.options.resolve ??
        ((name: string) => resolveCloud({ ...this.options.where, cloud: name }));
      s = resolve(cloud).then((config) => new Session(config, this.options.session));
      this.sessions.set(cloud, s);
      s.catch(() => this.sessions.delete(cloud));
    }
    return s;
  }

  heat(cloud: string, regionName: string): Promise<HeatClient> {
    const key = `${cloud}\u0000${regionName}`;
    let h = this.heats.get(key);
    if (h === undefined) {
      h = this.session(cloud).then((s) => new HeatClient(s, regionName, this.options.heat));
      this.heats.set(key, h);
      h.catch(() => this.heats.delete(key));
    }
    return h;
  }

  async close(): Promise<void> {
    const sessions = await Promise.allSettled([...this.sessions.values()]);
    this.sessions.clear();
    this.heats.clear();
    await Promise.all(
      sessions.map((r) => (r.status === 'fulfilled' ? r.value.close() : undefined)),
    );
  }
}
