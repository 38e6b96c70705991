/** The interests capability's services over one store, wired together (core/services.ts adds them to the rest). */
import type { ServiceRegister } from '../capture/service-register';
import type { Clock } from '../core/clock';
import type { MaskService } from '../masks/mask-service';
import type { StakeholderRegister } from '../recommendations/stakeholder-register';
import type { Db } from '../store/database';
import type { UserService } from '../users/user-service';
import { BoardPackService } from './board-pack';
import type { ConflictGuard } from './conflict-guard';
import { ConflictManagement, type SampleCoders } from './conflict-management';
import { InterestRegister } from './interest-register';
import { PublishedRegisterService } from './published-register';

export interface InterestServices {
  interests: InterestRegister;
  conflictManagement: ConflictManagement;
  publishedRegister: PublishedRegisterService;
  boardPack: BoardPackService;
}

export interface InterestDeps {
  users: UserService;
  clock: Clock;
  conflicts: ConflictGuard;
  register: ServiceRegister;
  stakeholders: StakeholderRegister;
  masks: MaskService;
  samples: SampleCoders;
}

export function createInterestServices(db: () => Db, deps: InterestDeps): InterestServices {
  const { users, clock, conflicts } = deps;
  const interests = new InterestRegister(db, users, clock, deps.register, deps.stakeholders);
  return {
    interests,
    conflictManagement: new ConflictManagement(db, users, clock, conflicts, deps.samples),
    publishedRegister: new PublishedRegisterService(db, users, clock, interests),
    boardPack: new BoardPackService(db, users, clock, deps.masks, interests),
  };
}
