import { Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { OrganisationRef } from '../case/case-types.js';
import { applicationParties } from './application-parties.js';

@ObjectType({ description: 'A factory (生产企业) an applicant can name on an application' })
export class ApplicationFactoryType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: '工厂界定码' }) factoryCode!: string;
  @Field(() => String) nameZh!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => String) addressZh!: string;
  @Field(() => String) addressEn!: string;
  @Field(() => OrganisationRef, { description: 'The organisation that runs the factory' }) operator!: OrganisationRef;
}

@ObjectType({ description: 'The parties the signed-in applicant can name on a new application' })
export class ApplicationPartiesType {
  @Field(() => [OrganisationRef], { description: 'Manufacturers (生产者): the applicant’s own organisation first' }) manufacturers!: OrganisationRef[];
  @Field(() => [ApplicationFactoryType], { description: 'Factories: those the applicant operates and those on its units, by factory code' })
  factories!: ApplicationFactoryType[];
}

/** Thin: the service decides who may ask and what they see. */
@Resolver()
export class ApplicationPartiesResolver {
  @Query(() => ApplicationPartiesType, { description: 'Enterprise users: the manufacturers and factories they can apply with; FORBIDDEN for staff' })
  async applicationParties(@Ctx() ctx: Context): Promise<ApplicationPartiesType> {
    const { manufacturers, factories } = await applicationParties(ctx.em, ctx.viewer);
    const ref = (o: { id: string; nameZh: string; nameEn: string }) => ({ id: o.id, nameZh: o.nameZh, nameEn: o.nameEn });
    return {
      manufacturers: manufacturers.map(ref),
      factories: factories.map((f) => ({
        id: f.id, factoryCode: f.factoryCode, nameZh: f.nameZh, nameEn: f.nameEn, addressZh: f.addressZh, addressEn: f.addressEn, operator: ref(f.operator),
      })),
    };
  }
}
