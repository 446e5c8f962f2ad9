import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Role } from '../graphql/enums.js';

@ObjectType({ description: 'A certification-body staff account, as the administrator manages it' })
export class StaffAccountType {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
  @Field(() => Role) role!: Role;
  @Field(() => Boolean, { description: 'An inactive account cannot sign in' }) active!: boolean;
  @Field(() => Date, { nullable: true, description: 'When its newest session was opened; null if it never signed in' }) lastSignInAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Int, { description: 'Optimistic-lock version: pass it back to changeStaffRole / setStaffAccountActive' }) version!: number;
}

@InputType({ description: 'A new staff account; the person chooses the password through the mailed link' })
export class StaffAccountInput {
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
  @Field(() => Role, { description: 'ENGINEER, INSPECTOR, REVIEWER, DECIDER or ADMIN' }) role!: Role;
}

@ObjectType({ description: 'One of the caller’s own live sign-in sessions' })
export class MySessionType {
  @Field(() => ID) id!: string;
  @Field(() => Boolean, { description: 'The session this request was made with' }) current!: boolean;
  @Field(() => Date, { description: 'When it was opened (the sign-in)' }) createdAt!: Date;
  @Field(() => Date, { description: 'Last request made with it, to the minute' }) lastUsedAt!: Date;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => String, { nullable: true, description: 'Client address at sign-in; null for sessions older than its recording' }) clientAddress!: string | null;
  @Field(() => String, { nullable: true, description: 'The browser’s User-Agent at sign-in' }) userAgent!: string | null;
  @Field(() => String, { nullable: true, description: 'The User-Agent in brief, e.g. "Chrome on Android"' }) device!: string | null;
}
