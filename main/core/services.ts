/** Every service over one store, wired together. Plain TypeScript: no electron. */
import { CaptureSettings } from '../capture/capture-settings';
import { EventService } from '../capture/event-service';
import { ServiceRegister } from '../capture/service-register';
import { StoryService } from '../capture/story-service';
import { SettingsService } from '../settings/settings-service';
import { StoreService, type StoreServiceOptions } from '../store/store-service';
import { UserService } from '../users/user-service';

export interface Services {
  store: StoreService;
  settings: SettingsService;
  users: UserService;
  register: ServiceRegister;
  events: EventService;
  stories: StoryService;
  captureSettings: CaptureSettings;
}

export function createServices(dbPath: string, options: StoreServiceOptions = {}): Services {
  const store = new StoreService(dbPath, options);
  const db = () => store.requireDb();
  const users = new UserService(store);
  return {
    store,
    settings: new SettingsService(store),
    users,
    register: new ServiceRegister(db, users),
    events: new EventService(db, users),
    stories: new StoryService(db, users),
    captureSettings: new CaptureSettings(db, users),
  };
}
